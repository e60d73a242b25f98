#!/usr/bin/env bash
# Writes the bad-input collection into the folder given as $1, with a manifest line per case:
#   <expectation> <file>    where expectation is "refused" (a clear error, a non-zero exit, nothing
#   changed) or "accepted" (imported, already present, or kept as passages with a warning).
# Uses only bash and coreutils, so CI needs nothing more. The bundled corpus is $2.
set -euo pipefail
out=$1
corpus=$2
here=$(cd "$(dirname "$0")" && pwd)
variants=$here/../variants
rm -rf "$out"
mkdir -p "$out"
manifest=$out/MANIFEST
: >"$manifest"
case_() { echo "$1 $2" >>"$manifest"; }

apa=$(ls "$corpus"/*.txt | head -n 1)                  # any bundled letter will do for the shapes below
letters=()
for f in "$corpus"/*.txt; do
    grep -q "Yours sincerely" "$f" && letters+=("$f")
done

# Empty, blank and binary files.
: >"$out/empty.txt"; case_ refused empty.txt
printf ' \n\t\n   \n' >"$out/whitespace.txt"; case_ refused whitespace.txt
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x02\0\0\0\x90\x91h6' >"$out/image.png"; case_ refused image.png
printf 'PK\x03\x04\x14\0\0\0\x08\0\0\0!\0letter.txt\0\0\0\0' >"$out/archive.zip"; case_ refused archive.zip
printf 'PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0[Content_Types].xml\0\0' >"$out/workbook.xlsx"; case_ refused workbook.xlsx
# Office's encryption: an OLE compound file (signature, then a directory naming EncryptionInfo in UTF-16LE).
{ printf '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'; head -c 504 /dev/zero; printf 'E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0'; head -c 1000 /dev/zero; } >"$out/protected.xlsx"; case_ refused protected.xlsx
{ printf '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'; head -c 2040 /dev/zero; } >"$out/old-format.xls"; case_ refused old-format.xls
head -c 8192 /bin/true >"$out/program.exe"; case_ refused program.exe
printf '%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n\0\0\x01\x02\nendstream\n' >"$out/document.pdf"; case_ refused document.pdf
head -c 16384 /dev/urandom >"$out/random.bin"; case_ refused random.bin
{ printf 'Dear Sir\n'; printf '\x01\x02\x03\x04\x05\x06\x07\x0e\x0f\x10\x11\x12%.0s' {1..200}; } >"$out/controls.txt"; case_ refused controls.txt
{ head -c 3000 "$apa"; printf '\0\0\0\0'; tail -c 3000 "$apa"; } >"$out/nul-bytes.txt"; case_ refused nul-bytes.txt

# Letters cut short at points before their signature.
n=0
for letter in "${letters[@]}"; do
    end=$(grep -b -o "Yours sincerely" "$letter" | head -n 1 | cut -d: -f1)
    for fraction in 10 30 55 80 98; do
        n=$((n + 1))
        head -c $((end * fraction / 100)) "$letter" >"$out/truncated-$n.txt"
        case_ refused "truncated-$n.txt"
    done
done

# Too large for a letter: 50 MB of text, and one 10 MB line.
(set +o pipefail; yes "The contribution the council's services make to improving outcomes in this area is good." \
    | head -c $((50 * 1024 * 1024))) >"$out/huge-50mb.txt"; case_ refused huge-50mb.txt
head -c $((10 * 1024 * 1024)) /dev/zero | tr '\0' 'a' >"$out/one-line-10mb.txt"; case_ refused one-line-10mb.txt

# Encodings: the same letter in other encodings is the same letter (already imported), and
# bytes that are neither UTF-8 nor Windows-1252 are refused.
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$apa"; } >"$out/utf16-bom.txt"; case_ accepted utf16-bom.txt
iconv -f UTF-8 -t UTF-16BE "$apa" >"$out/utf16-no-bom.txt"; case_ accepted utf16-no-bom.txt
iconv -f UTF-8 -t WINDOWS-1252//TRANSLIT "${letters[0]}" >"$out/windows-1252.txt" 2>/dev/null || true; case_ accepted windows-1252.txt
{ head -c 2000 "$apa"; printf '\x81\x8d\x8f\x90\x9d'; tail -c 2000 "$apa"; } >"$out/invalid-utf8.txt"; case_ refused invalid-utf8.txt
(set +o pipefail; printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$apa" | head -c 20001) >"$out/utf16-odd-length.txt"; case_ refused utf16-odd-length.txt

# Letters whose content is wrong.
cp "$variants/contradiction.txt" "$out/contradicting-grades.txt"; case_ refused contradicting-grades.txt
cp "$variants/out-of-range.txt" "$out/grade-out-of-range.txt"; case_ refused grade-out-of-range.txt
sed 's/Performs well (7)/Performs well (0)/' "$variants/out-of-range.txt" >"$out/grade-zero.txt"; case_ refused grade-zero.txt
cp "$variants/unknown-authority.txt" "$out/unknown-authority.txt"; case_ refused unknown-authority.txt
sed -e 's/2009/2015/g' "$variants/rating-2009-nottingham.txt" >"$out/date-2015.txt"; case_ refused date-2015.txt
sed -e 's/2007/2003/g' "$variants/apa-2007-derbyshire.txt" >"$out/date-2003.txt"; case_ refused date-2003.txt
sed -e '/Nottingham City Council/d' -e 's/in Nottingham City Council perform/in the area perform/' \
    "$variants/rating-2009-nottingham.txt" >"$out/no-authority.txt"; case_ refused no-authority.txt
sed -e 's/Nottingham City Council/Nottingham City Council\nDerby City Council/' \
    "$variants/rating-2009-nottingham.txt" >"$out/two-authorities.txt"; case_ refused two-authorities.txt
printf '<!DOCTYPE html>\n<html><head><title>Ofsted</title></head><body><p>Performs well (3)</p></body></html>\n' \
    >"$out/web-page.html"; case_ refused web-page.html
printf '<html>\n<body>Children'"'"'s services annual rating</body></html>\n' >"$out/web-page-2.htm"; case_ refused web-page-2.htm

# Data tables that hold nothing usable.
printf 'authority,code,period,value\n' >"$out/table-header-only.csv"; case_ refused table-header-only.csv
printf 'authority,code,period,value\nNowhere,A,2019,1\nLeicester,A,never,1\nLeicester,A,2019,lots\n' \
    >"$out/table-all-rows-bad.csv"; case_ refused table-all-rows-bad.csv
printf 'Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region\nNoSuchMeasure,,2019,Leicester,1,856,East Midlands\n' \
    >"$out/lait-unknown-measure.csv"; case_ refused lait-unknown-measure.csv

# Things that are not files.
mkdir -p "$out/a-folder.txt"; case_ refused a-folder.txt
ln -s loop-b.txt "$out/loop-a.txt"; ln -s loop-a.txt "$out/loop-b.txt"; case_ refused loop-a.txt
ln -s no-such-target.txt "$out/dangling-link.txt"; case_ refused dangling-link.txt
case_ refused does-not-exist.txt

# A document of no known family is kept for search, with a warning.
cp "$variants/no-grades.txt" "$out/minutes.txt"; case_ accepted minutes.txt

# PDFs, made with the tests' PDF maker when its path is given as $3 (and qpdf, when installed, to
# encrypt one). The format is told by the bytes: a PDF named .txt is a PDF, a text named .pdf is text.
make_pdf=${3:-}
if [ -n "$make_pdf" ]; then
    letter=${letters[0]}
    "$make_pdf" --header "OFFICIAL" "$letter" "$out/letter.pdf"; case_ accepted letter.pdf
    "$make_pdf" "$variants/rating-2009-nottingham.txt" "$out/pdf-named-as-text.txt"; case_ accepted pdf-named-as-text.txt
    cp "$variants/assessment-2010-camden.txt" "$out/text-named-as-pdf.pdf"; case_ accepted text-named-as-pdf.pdf
    "$make_pdf" "$variants/no-grades.txt" "$out/minutes.pdf"; case_ accepted minutes.pdf
    "$make_pdf" --image-only "$variants/apa-2007-derbyshire.txt" "$out/scan.pdf"; case_ refused scan.pdf
    "$make_pdf" "$variants/apa-2007-derbyshire.txt" "$out/whole.pdf"
    head -c $(( $(stat -c %s "$out/whole.pdf") / 2 )) "$out/whole.pdf" >"$out/cut-short.pdf"; case_ refused cut-short.pdf
    { printf '%%PDF-1.7\n'; head -c 3000 /dev/urandom; printf '\n%%%%EOF\n'; } >"$out/garbage.pdf"; case_ refused garbage.pdf
    : >"$out/empty.pdf"; case_ refused empty.pdf
    if command -v qpdf >/dev/null; then
        qpdf --encrypt user owner 256 -- "$out/whole.pdf" "$out/password.pdf"; case_ refused password.pdf
    fi
    rm -f "$out/whole.pdf"
fi
