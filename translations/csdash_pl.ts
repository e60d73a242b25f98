<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>AnnualLetterParser</name>
    <message>
        <source>the letter does not say which year its rating or assessment is for</source>
        <translation>list nie podaje, którego roku dotyczy jego klasyfikacja lub ocena</translation>
    </message>
    <message>
        <source>the letter gives a %1 grade, outside the years 2005-2011 the importer reads</source>
        <translation>list podaje ocenę za rok %1, spoza lat 2005–2011, które czyta importer</translation>
    </message>
    <message>
        <source>line %1 states the grade (%2), outside the 1-4 scale</source>
        <translation>wiersz %1 podaje ocenę (%2) spoza skali 1–4</translation>
    </message>
    <message>
        <source>line %1 says &quot;%2&quot;, which is grade %3, but gives the number %4</source>
        <translation>wiersz %1 mówi „%2”, czyli ocena %3, ale podaje liczbę %4</translation>
    </message>
    <message>
        <source>no grade stated as &quot;Performs ... (n)&quot; was found in the letter</source>
        <translation>w liście nie znaleziono oceny podanej jako „Performs ... (n)”</translation>
    </message>
</context>
<context>
    <name>ApaLetterParser</name>
    <message>
        <source>the summary row &quot;%1&quot; names no known area; it was left out</source>
        <translation>wiersz podsumowania „%1” nie wskazuje znanego obszaru; pominięto go</translation>
    </message>
    <message>
        <source>the letter does not say which year&apos;s annual performance assessment it reports</source>
        <translation>list nie podaje, którego roku dotyczy coroczna ocena wyników</translation>
    </message>
    <message>
        <source>the letter reports a %1 assessment, outside the years 2005-2011 the importer reads</source>
        <translation>list podaje ocenę za rok %1, spoza lat 2005–2011, które czyta importer</translation>
    </message>
    <message>
        <source>the %1 section states its judgement unclearly; it was left out</source>
        <translation>sekcja %1 podaje ocenę niejasno; pominięto ją</translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <source>Overall effectiveness of children&apos;s services</source>
        <translation>Ogólna skuteczność usług dla dzieci</translation>
    </message>
    <message>
        <source>Capacity to improve</source>
        <translation>Zdolność do poprawy</translation>
    </message>
    <message>
        <source>Social care services</source>
        <translation>Usługi opieki społecznej</translation>
    </message>
    <message>
        <source>Being healthy</source>
        <translation>Zdrowie</translation>
    </message>
    <message>
        <source>Staying safe</source>
        <translation>Bezpieczeństwo</translation>
    </message>
    <message>
        <source>Enjoying and achieving</source>
        <translation>Radość i osiągnięcia</translation>
    </message>
    <message>
        <source>Making a positive contribution</source>
        <translation>Pozytywny wkład</translation>
    </message>
    <message>
        <source>Achieving economic well-being</source>
        <translation>Dobrobyt ekonomiczny</translation>
    </message>
    <message>
        <source>Management of children&apos;s services</source>
        <translation>Zarządzanie usługami dla dzieci</translation>
    </message>
    <message>
        <source>Safeguarding</source>
        <translation>Ochrona dzieci</translation>
    </message>
    <message>
        <source>Looked after children</source>
        <translation>Dzieci w pieczy zastępczej</translation>
    </message>
    <message>
        <source>Learning difficulties and/or disabilities</source>
        <translation>Trudności w uczeniu się i/lub niepełnosprawność</translation>
    </message>
    <message>
        <source>Service management</source>
        <translation>Zarządzanie usługami</translation>
    </message>
    <message>
        <source>Capacity to improve (JAR)</source>
        <translation>Zdolność do poprawy (JAR)</translation>
    </message>
</context>
<context>
    <name>AuthorityMapModel</name>
    <message>
        <source>Headline grade (4 is the best)</source>
        <translation>Ocena główna (4 to najlepsza)</translation>
    </message>
    <message>
        <source>Quartile 1 is the best quarter (higher is better)</source>
        <translation>Kwartyl 1 to najlepsza ćwiartka (wyższa wartość jest lepsza)</translation>
    </message>
    <message>
        <source>Quartile 1 is the best quarter (lower is better)</source>
        <translation>Kwartyl 1 to najlepsza ćwiartka (niższa wartość jest lepsza)</translation>
    </message>
    <message>
        <source>Quartile 1 holds the highest values (the data does not say which is better)</source>
        <translation>Kwartyl 1 obejmuje najwyższe wartości (dane nie mówią, która jest lepsza)</translation>
    </message>
    <message>
        <source>Existed until %1: %2</source>
        <translation>Istniał do %1: %2</translation>
    </message>
    <message>
        <source>Formed in %1: %2</source>
        <translation>Utworzony w %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Rank %1 of %2, quartile %3</source>
        <translation>Miejsce %1 z %2, kwartyl %3</translation>
    </message>
    <message>
        <source>%1: no value</source>
        <translation>%1: brak wartości</translation>
    </message>
    <message>
        <source>%1: no value for %2</source>
        <translation>%1: brak wartości za %2</translation>
    </message>
    <message>
        <source>Headline grade %1: %2 (%3)</source>
        <translation>Ocena główna %1: %2 (%3)</translation>
    </message>
    <message>
        <source>No headline grade for %1 in the loaded documents</source>
        <translation>Brak oceny głównej za %1 we wczytanych dokumentach</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Porównywany</translation>
    </message>
    <message>
        <source>LA number</source>
        <translation>numer LA</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Samorząd</translation>
    </message>
    <message>
        <source>Hexagon column</source>
        <translation>Kolumna sześciokąta</translation>
    </message>
    <message>
        <source>Hexagon row</source>
        <translation>Wiersz sześciokąta</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Quartile</source>
        <translation>Kwartyl</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Ocena</translation>
    </message>
</context>
<context>
    <name>AuthorityMapView</name>
    <message>
        <source>Choose a measure or the grades of a year to colour the map.</source>
        <translation>Wybierz miarę albo oceny z danego roku, aby pokolorować mapę.</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 z %4)</translation>
    </message>
    <message>
        <source>Values: %1</source>
        <translation>Wartości: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>No data (%1 of %2)</source>
        <translation>Brak danych (%1 z %2)</translation>
    </message>
    <message>
        <source>Outlined: %1</source>
        <translation>Obrysowane: %1</translation>
    </message>
    <message>
        <source>Dashed edge: authorities before 2019 or since 2021, beside their successors</source>
        <translation>Przerywana krawędź: samorządy sprzed 2019 r. lub od 2021 r., obok swoich następców</translation>
    </message>
</context>
<context>
    <name>AuthorityRegister</name>
    <message>
        <source>the authority register is empty</source>
        <translation>rejestr samorządów jest pusty</translation>
    </message>
</context>
<context>
    <name>BundledCorpus</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CandidateListModel</name>
    <message>
        <source>To review</source>
        <translation>Do przeglądu</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Przyjęta</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucona</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potwierdzona</translation>
    </message>
    <message>
        <source>%1
“%2”</source>
        <translation>%1
„%2”</translation>
    </message>
    <message>
        <source>%1
“%2”
%3</source>
        <translation>%1
„%2”
%3</translation>
    </message>
    <message>
        <source>%1 %2, %3: grade %4 (%5), %6</source>
        <translation>%1 %2, %3: ocena %4 (%5), %6</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Samorząd</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Ramy oceny</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Słowa</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Pewność</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1; zdecydował(a): %2</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Zdecydował(a)</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>%1: unknown file type &quot;%2&quot;; use .png, .svg or .pdf</source>
        <translation>%1: nieznany typ pliku „%2”; użyj .png, .svg lub .pdf</translation>
    </message>
    <message>
        <source>%1: a size of %2 x %3 pixels is not one that can be drawn</source>
        <translation>%1: rozmiaru %2 x %3 pikseli nie da się narysować</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: nie można zapisać: %2</translation>
    </message>
    <message>
        <source>%1: the chart could not be drawn into the file</source>
        <translation>%1: nie udało się narysować wykresu w pliku</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>database: ok, %n document(s) whole</source>
        <translation>
            <numerusform>baza danych: w porządku, %n dokument kompletny</numerusform>
            <numerusform>baza danych: w porządku, %n dokumenty kompletne</numerusform>
            <numerusform>baza danych: w porządku, %n dokumentów kompletnych</numerusform>
        </translation>
    </message>
    <message>
        <source>path</source>
        <translation>ścieżka</translation>
    </message>
    <message>
        <source>Create a new database without the bundled documents.</source>
        <translation>Utwórz nową bazę danych bez dołączonych dokumentów.</translation>
    </message>
    <message>
        <source>Only this authority (name, alias or LA number).</source>
        <translation>Tylko ten samorząd (nazwa, inna nazwa lub numer LA).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>With list observations: only this indicator (e.g. &quot;NI 53&quot;).</source>
        <translation>Przy list observations: tylko ten wskaźnik (np. „NI 53”).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>wykres</translation>
    </message>
    <message>
        <source>Rebuild a damaged database into a new file, keeping it as a backup.</source>
        <translation>Odbuduj uszkodzoną bazę danych w nowym pliku, zachowując starą jako kopię zapasową.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>plik</translation>
    </message>
    <message>
        <source>With export-chart: width in pixels (default 1600).</source>
        <translation>Przy export-chart: szerokość w pikselach (domyślnie 1600).</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>With export-chart: height in pixels (default 1000).</source>
        <translation>Przy export-chart: wysokość w pikselach (domyślnie 1000).</translation>
    </message>
    <message>
        <source>With export-chart: resolution recorded in a PNG (default 300).</source>
        <translation>Przy export-chart: rozdzielczość zapisana w pliku PNG (domyślnie 300).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>csdash: %1</source>
        <translation>csdash: %1</translation>
    </message>
    <message>
        <source>csdash: no single authority matches &quot;%1&quot;</source>
        <translation>csdash: żaden pojedynczy samorząd nie pasuje do „%1”</translation>
    </message>
    <message>
        <source>csdash import: name at least one file</source>
        <translation>csdash import: podaj co najmniej jeden plik</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: błąd: %2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: ostrzeżenie: %2</translation>
    </message>
    <message>
        <source>csdash list neighbours: name the authority with --authority</source>
        <translation>csdash list neighbours: wskaż samorząd opcją --authority</translation>
    </message>
    <message>
        <source>DfE %1 neighbour set</source>
        <translation>zestaw sąsiadów DfE %1</translation>
    </message>
    <message>
        <source>csdash search: %1</source>
        <translation>csdash search: %1</translation>
    </message>
    <message>
        <source>csdash: the database holds no documents for any authority</source>
        <translation>csdash: baza danych nie zawiera dokumentów żadnego samorządu</translation>
    </message>
    <message>
        <source>csdash export-chart: --width, --height and --dpi take whole numbers (dpi 36 to 2400)</source>
        <translation>csdash export-chart: --width, --height i --dpi przyjmują liczby całkowite (dpi od 36 do 2400)</translation>
    </message>
    <message>
        <source>csdash export-chart: %1</source>
        <translation>csdash export-chart: %1</translation>
    </message>
    <message>
        <source>Headline grade by year</source>
        <translation>Ocena główna według lat</translation>
    </message>
    <message>
        <source>Outcome grades</source>
        <translation>Oceny rezultatów</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Wskaźnik %1</translation>
    </message>
    <message>
        <source>%1: written</source>
        <translation>%1: zapisano</translation>
    </message>
    <message>
        <source>csdash report: give -o FILE.pdf</source>
        <translation>csdash report: podaj -o PLIK.pdf</translation>
    </message>
    <message>
        <source>csdash report: %1</source>
        <translation>csdash report: %1</translation>
    </message>
    <message>
        <source>database: damaged: %1</source>
        <translation>baza danych: uszkodzona: %1</translation>
    </message>
    <message>
        <source>document %1 (%2): incomplete: %3/%4 grades, %5/%6 findings, %7/%8 values, %9/%10 passages</source>
        <translation>dokument %1 (%2): niekompletny: oceny %3/%4, ustalenia %5/%6, wartości %7/%8, fragmenty %9/%10</translation>
    </message>
    <message>
        <source>csdash: run again with --rebuild to rebuild it into a new file, keeping this one as a backup</source>
        <translation>csdash: uruchom ponownie z --rebuild, aby odbudować bazę w nowym pliku, zachowując tę jako kopię zapasową</translation>
    </message>
    <message>
        <source>csdash: the rebuild failed: %1</source>
        <translation>csdash: odbudowa nie powiodła się: %1</translation>
    </message>
    <message>
        <source>csdash: rebuild: %1</source>
        <translation>csdash: odbudowa: %1</translation>
    </message>
    <message>
        <source>csdash: a bundled document could not be imported: %1</source>
        <translation>csdash: nie udało się zaimportować dołączonego dokumentu: %1</translation>
    </message>
    <message>
        <source>csdash search: give the words to search for</source>
        <translation>csdash search: podaj słowa do wyszukania</translation>
    </message>
    <message>
        <source>csdash: unknown command &quot;%1&quot;</source>
        <translation>csdash: nieznane polecenie „%1”</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Pokaż tę pomoc i zakończ.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Pokaż wersję i zakończ.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>polecenie</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[polecenie]</translation>
    </message>
    <message>
        <source>csdash: the window needs a display, and none was found (DISPLAY and WAYLAND_DISPLAY are not set). Commands work without one: see csdash --help.</source>
        <translation>csdash: okno wymaga ekranu, a żadnego nie znaleziono (DISPLAY i WAYLAND_DISPLAY nie są ustawione). Polecenia działają bez niego: zobacz csdash --help.</translation>
    </message>
    <message>
        <source>Source: the csdash database.</source>
        <translation>Źródło: baza danych csdash.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Źródło: %1.</translation>
    </message>
    <message>
        <source>csdash list %1</source>
        <translation>csdash list %1</translation>
    </message>
    <message>
        <source>csdash search %1</source>
        <translation>csdash search %1</translation>
    </message>
    <message>
        <source>Output format: tsv, csv, json, or xlsx (an Excel workbook, written to the file named with -o).</source>
        <translation>Format wyjścia: tsv, csv, json lub xlsx (skoroszyt Excela, zapisywany do pliku podanego w -o).</translation>
    </message>
    <message>
        <source>With export-chart, report, and list or search --format xlsx: the file to write.</source>
        <translation>Przy export-chart, report oraz list lub search --format xlsx: plik do zapisania.</translation>
    </message>
    <message>
        <source>csdash: unknown format &quot;%1&quot;; use tsv, csv, json or xlsx</source>
        <translation>csdash: nieznany format „%1”; użyj tsv, csv, json lub xlsx</translation>
    </message>
    <message>
        <source>csdash: --format xlsx writes an Excel workbook, which cannot go to the terminal; name the file with -o FILE.xlsx</source>
        <translation>csdash: --format xlsx zapisuje skoroszyt Excela, którego nie można wypisać w terminalu; podaj plik opcją -o PLIK.xlsx</translation>
    </message>
    <message>
        <source>csdash export-chart: give --chart timeline|outcomes|indicator:CODE|map:CODE and -o FILE</source>
        <translation>csdash export-chart: podaj --chart timeline|outcomes|indicator:KOD|map:KOD oraz -o PLIK</translation>
    </message>
    <message>
        <source>With export-chart: timeline, outcomes, indicator:CODE or map:CODE (map:grades for the headline grades; :YEAR after either for a year).</source>
        <translation>Przy export-chart: timeline, outcomes, indicator:KOD lub map:KOD (map:grades dla ocen głównych; :ROK po którymkolwiek dla danego roku).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>csdash list: choose judgements, candidates, findings, indicators, observations, neighbours or documents</source>
        <translation>csdash list: wybierz judgements, candidates, findings, indicators, observations, neighbours lub documents</translation>
    </message>
    <message>
        <source>csdash review: give accept, reject or undo and a candidate&apos;s id (see csdash list candidates)</source>
        <translation>csdash review: podaj accept, reject lub undo oraz identyfikator kandydata (zob. csdash list candidates)</translation>
    </message>
    <message>
        <source>csdash review: %1 is not the id of a grade waiting for review (see csdash list candidates)</source>
        <translation>csdash review: %1 nie jest identyfikatorem oceny czekającej na przegląd (zob. csdash list candidates)</translation>
    </message>
    <message>
        <source>csdash review: %1</source>
        <translation>csdash review: %1</translation>
    </message>
    <message>
        <source>%1 %2, %3: %4 (%5)</source>
        <translation>%1 %2, %3: %4 (%5)</translation>
    </message>
    <message>
        <source>accepted %1</source>
        <translation>przyjęto: %1</translation>
    </message>
    <message>
        <source>rejected %1</source>
        <translation>odrzucono: %1</translation>
    </message>
    <message>
        <source>back for review: %1</source>
        <translation>ponownie do przeglądu: %1</translation>
    </message>
    <message>
        <source>database: run csdash --rebuild check to rebuild it into a new file from the document texts it still holds, keeping this one as a backup</source>
        <translation>baza danych: uruchom csdash --rebuild check, aby odbudować ją w nowym pliku z tekstów dokumentów, które wciąż zawiera, zachowując tę jako kopię zapasową</translation>
    </message>
    <message>
        <source>csdash: the database is damaged: %1</source>
        <translation>csdash: baza danych jest uszkodzona: %1</translation>
    </message>
    <message>
        <source>csdash copy: name both databases, --from A --to B (a file or a postgresql:// address)</source>
        <translation>csdash copy: wskaż obie bazy danych, --from A --to B (plik lub adres postgresql://)</translation>
    </message>
    <message>
        <source>csdash copy: %1</source>
        <translation>csdash copy: %1</translation>
    </message>
    <message>
        <source>copied %1 into %2; csdash --database %2 check reads every document again</source>
        <translation>skopiowano %1 do %2; csdash --database %2 check ponownie odczyta każdy dokument</translation>
    </message>
    <message>
        <source>Children&apos;s Services Dashboard: Ofsted grades and indicators, with their sources.

Commands:
  import FILE...     import letters, reports and plan reviews
  list WHAT          list judgements, candidates (grades to review), findings, indicators, observations, neighbours or documents
  search QUERY       search the text of every document
  export-chart       write a chart as PNG, SVG or PDF (--chart, -o)
  report             write the summary report as PDF (-o)
  check              check the database file and that every document is whole
  copy               copy a whole database into an empty one (--from, --to), SQLite or PostgreSQL
  review accept ID   show a grade read with too little confidence (list candidates gives the ids)
  review reject ID   keep such a grade out; review undo ID puts it back for review

Without a command, csdash opens its window.</source>
        <translation>Panel usług dla dzieci: oceny Ofsted i wskaźniki wraz z ich źródłami.

Polecenia:
  import PLIK...      importuj listy, raporty i przeglądy planów
  list CO             wypisz judgements (oceny), candidates (oceny do przeglądu), findings (ustalenia), indicators (wskaźniki), observations (wartości), neighbours (sąsiadów) lub documents (dokumenty)
  search ZAPYTANIE    przeszukaj tekst wszystkich dokumentów
  export-chart        zapisz wykres jako PNG, SVG lub PDF (--chart, -o)
  report              zapisz raport podsumowujący jako PDF (-o)
  check               sprawdź plik bazy danych i kompletność każdego dokumentu
  copy                skopiuj całą bazę danych do pustej (--from, --to), SQLite lub PostgreSQL
  review accept ID    pokaż ocenę odczytaną ze zbyt małą pewnością (identyfikatory podaje list candidates)
  review reject ID    pomiń taką ocenę; review undo ID przywraca ją do przeglądu

Bez polecenia csdash otwiera swoje okno.</translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt;: an SQLite file, or a PostgreSQL server&apos;s postgresql://user@host:port/database (the password from PGPASSWORD or ~/.pgpass).</source>
        <translation>Użyj bazy danych w &lt;ścieżka&gt;: pliku SQLite lub na serwerze PostgreSQL, postgresql://użytkownik@host:port/baza (hasło z PGPASSWORD lub ~/.pgpass).</translation>
    </message>
    <message>
        <source>With copy: the database to copy.</source>
        <translation>Z copy: baza danych do skopiowania.</translation>
    </message>
    <message>
        <source>With copy: the empty database to copy into.</source>
        <translation>Z copy: pusta baza danych, do której kopiować.</translation>
    </message>
    <message>
        <source>import, list, search, export-chart, report, check, copy or review</source>
        <translation>import, list, search, export-chart, report, check, copy lub review</translation>
    </message>
</context>
<context>
    <name>ComparisonChartView</name>
    <message>
        <source>Indicator comparison chart</source>
        <translation>Wykres porównania wskaźnika</translation>
    </message>
    <message>
        <source>The compared authorities&apos; values by year, with their statistical neighbours&apos; mean, their region and England</source>
        <translation>Wartości porównywanych samorządów według lat, ze średnią ich statystycznych sąsiadów, ich regionem i Anglią</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: neighbours’ mean</source>
        <translation>%1: średnia sąsiadów</translation>
    </message>
    <message>
        <source>better than England</source>
        <translation>lepiej niż Anglia</translation>
    </message>
    <message>
        <source>worse than England</source>
        <translation>gorzej niż Anglia</translation>
    </message>
    <message>
        <source>no stated direction, so not judged better or worse</source>
        <translation>kierunek nieokreślony, więc bez oceny lepiej/gorzej</translation>
    </message>
    <message>
        <source>the same as England</source>
        <translation>tak samo jak Anglia</translation>
    </message>
    <message>
        <source>the lowest values</source>
        <translation>najniższe wartości</translation>
    </message>
    <message>
        <source>the highest values</source>
        <translation>najwyższe wartości</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no value in the loaded data</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: brak wartości we wczytanych danych</translation>
    </message>
    <message>
        <source>England</source>
        <translation>Anglia</translation>
    </message>
    <message>
        <source>(no values for the compared authorities)</source>
        <translation>(brak wartości dla porównywanych samorządów)</translation>
    </message>
    <message>
        <source>Higher is better.</source>
        <translation>Wyższa wartość jest lepsza.</translation>
    </message>
    <message>
        <source>Lower is better.</source>
        <translation>Niższa wartość jest lepsza.</translation>
    </message>
    <message>
        <source>The data does not say whether higher or lower is better.</source>
        <translation>Dane nie mówią, czy lepsza jest wartość wyższa, czy niższa.</translation>
    </message>
    <message>
        <source>%1: target (%2)</source>
        <translation>%1: cel (%2)</translation>
    </message>
    <message>
        <source>%1: plan figure (%2)</source>
        <translation>%1: wartość z planu (%2)</translation>
    </message>
    <message>
        <source>%1: plan baseline (%2)</source>
        <translation>%1: wartość bazowa planu (%2)</translation>
    </message>
    <message>
        <source>%1: target %2 (%3)</source>
        <translation>%1: cel %2 (%3)</translation>
    </message>
    <message>
        <source>Neighbours are the DfE 2025 statistical neighbour set; ranks are among the local authorities with a value in the loaded data, shown where %1 or more have one, and quartiles where %2 or more do.</source>
        <translation>Sąsiedzi to zestaw statystycznych sąsiadów DfE z 2025 r.; miejsca liczone są wśród samorządów z wartością we wczytanych danych i pokazywane, gdy ma ją co najmniej %1, a kwartyle, gdy co najmniej %2.</translation>
    </message>
    <message>
        <source>no England value for this period to compare with</source>
        <translation>brak wartości dla Anglii w tym okresie do porównania</translation>
    </message>
    <message>
        <source>rank %1 of %2 (quartile %3; 1 is %4)</source>
        <translation>miejsce %1 z %2 (kwartyl %3; 1 to %4)</translation>
    </message>
    <message numerus="yes">
        <source>rank %1 of %2 (1 is %3); quartile not shown: %n authorities have a value, %4 needed</source>
        <translation>
            <numerusform>miejsce %1 z %2 (1 to %3); kwartyla nie pokazano: wartość ma %n samorząd, potrzeba %4</numerusform>
            <numerusform>miejsce %1 z %2 (1 to %3); kwartyla nie pokazano: wartość mają %n samorządy, potrzeba %4</numerusform>
            <numerusform>miejsce %1 z %2 (1 to %3); kwartyla nie pokazano: wartość ma %n samorządów, potrzeba %4</numerusform>
        </translation>
    </message>
    <message>
        <source>rank not shown: only 1 authority has a value</source>
        <translation>miejsca nie pokazano: wartość ma tylko 1 samorząd</translation>
    </message>
    <message>
        <source>rank not shown: only %1 authorities have a value, %2 needed</source>
        <translation>miejsca nie pokazano: wartość ma tylko %1 samorządów, potrzeba %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: %3 — %4; %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2: %3 — %4; %5</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>from %1 (%2: %3)</source>
        <translation>z: %1 (%2: %3)</translation>
    </message>
</context>
<context>
    <name>ConnectDatabaseDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation>Połącz z bazą danych zespołu</translation>
    </message>
    <message>
        <source>(a new connection)</source>
        <translation>(nowe połączenie)</translation>
    </message>
    <message>
        <source>Encrypt if the server offers it (prefer)</source>
        <translation>Szyfruj, jeśli serwer to umożliwia (prefer)</translation>
    </message>
    <message>
        <source>Always encrypt (require)</source>
        <translation>Zawsze szyfruj (require)</translation>
    </message>
    <message>
        <source>Encrypt and check the server&apos;s certificate (verify-full)</source>
        <translation>Szyfruj i sprawdzaj certyfikat serwera (verify-full)</translation>
    </message>
    <message>
        <source>Never encrypt (disable)</source>
        <translation>Nigdy nie szyfruj (disable)</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Ostatnie:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Baza danych:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Użytkownik:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Sz&amp;yfrowanie:</translation>
    </message>
    <message>
        <source>The password is asked for when the server needs one, and is never stored. Commands take it from PGPASSWORD or ~/.pgpass.</source>
        <translation>O hasło okno pyta, gdy serwer go wymaga, i nigdy go nie zapisuje. Polecenia biorą je z PGPASSWORD lub ~/.pgpass.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Połącz</translation>
    </message>
</context>
<context>
    <name>CouncilReportParser</name>
    <message>
        <source>the grade table at line %1 does not say whether it holds APA or JAR grades; it was left out</source>
        <translation>tabela ocen w wierszu %1 nie mówi, czy zawiera oceny APA, czy JAR; pominięto ją</translation>
    </message>
    <message>
        <source>the grade table at line %1 does not say clearly which year its grades are for; it was left out</source>
        <translation>tabela ocen w wierszu %1 nie mówi jasno, którego roku dotyczą oceny; pominięto ją</translation>
    </message>
    <message>
        <source>the grade table at line %1 is for %2, outside the years 2005-2011 the importer reads</source>
        <translation>tabela ocen w wierszu %1 dotyczy roku %2, spoza lat 2005–2011, które czyta importer</translation>
    </message>
    <message>
        <source>line %1 names no known area (&quot;%2&quot;); it was left out</source>
        <translation>wiersz %1 nie wskazuje znanego obszaru („%2”); pominięto go</translation>
    </message>
    <message>
        <source>no grade table with a legend was found</source>
        <translation>nie znaleziono tabeli ocen z legendą</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>nie można utworzyć folderu %1</translation>
    </message>
    <message>
        <source>cannot move %1 aside to %2</source>
        <translation>nie można przenieść %1 do %2</translation>
    </message>
    <message>
        <source>the damaged database was kept as %1</source>
        <translation>uszkodzoną bazę danych zachowano jako %1</translation>
    </message>
    <message>
        <source>%1 could not be recovered: %2</source>
        <translation>nie udało się odzyskać %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 documents recovered from the damaged file</source>
        <translation>odzyskano %1 z %2 dokumentów z uszkodzonego pliku</translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message>
        <source>the table holds no rows</source>
        <translation>tabela nie zawiera wierszy</translation>
    </message>
    <message>
        <source>no row could be read; row %1: %2</source>
        <translation>nie udało się odczytać żadnego wiersza; wiersz %1: %2</translation>
    </message>
    <message>
        <source>Indicator data: %1 values of %2 indicators for %3 authorities, %4–%5</source>
        <translation>Dane wskaźników: %1 wartości %2 wskaźników dla %3 samorządów, %4–%5</translation>
    </message>
    <message>
        <source>Department for Education</source>
        <translation>Departament Edukacji (DfE)</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Nagłówek</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not imported</source>
        <translation>
            <numerusform>%n wiersz nie został zaimportowany</numerusform>
            <numerusform>%n wiersze nie zostały zaimportowane</numerusform>
            <numerusform>%n wierszy nie zostało zaimportowanych</numerusform>
        </translation>
    </message>
    <message>
        <source>the file holds %1 million characters and is not a data table this program reads; no letter or report is that long</source>
        <translation>plik zawiera %1 mln znaków i nie jest tabelą danych, którą czyta ten program; żaden list ani raport nie jest tak długi</translation>
    </message>
    <message>
        <source>it is an HTML web page; save the letter or report as plain text and import that</source>
        <translation>to strona internetowa HTML; zapisz list lub raport jako zwykły tekst i zaimportuj go</translation>
    </message>
    <message>
        <source>it reads as a letter or report (%1) but names no English authority it is addressed to or about</source>
        <translation>wygląda na list lub raport (%1), ale nie wskazuje angielskiego samorządu, do którego jest skierowany lub którego dotyczy</translation>
    </message>
    <message>
        <source>it is dated %1, outside the years 2005-2011 the importers read</source>
        <translation>ma datę %1, spoza lat 2005–2011, które czytają importery</translation>
    </message>
    <message>
        <source>the %1 stops before its signature (&quot;Yours sincerely&quot;); it looks cut short, so nothing was imported</source>
        <translation>%1 kończy się przed podpisem („Yours sincerely”); wygląda na obcięty, więc niczego nie zaimportowano</translation>
    </message>
    <message>
        <source>the file holds no readable text</source>
        <translation>plik nie zawiera czytelnego tekstu</translation>
    </message>
    <message>
        <source>no grades or indicator values were found; its text was kept for search</source>
        <translation>nie znaleziono ocen ani wartości wskaźników; tekst zachowano do wyszukiwania</translation>
    </message>
    <message>
        <source>not a known kind of letter or report; no grades were found, its text was kept for search</source>
        <translation>to nie jest znany rodzaj listu ani raportu; nie znaleziono ocen, tekst zachowano do wyszukiwania</translation>
    </message>
    <message>
        <source>the workbook has no sheet &quot;%1&quot;; its sheets are: %2</source>
        <translation>skoroszyt nie ma arkusza „%1”; jego arkusze to: %2</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;, %2 of %3</source>
        <translation>arkusz „%1”, %2 z %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the %1 is not a table of indicator values this program reads: its first row (%2) is not the header of the DfE LAIT layout or the simple layout</source>
        <translation>%1 nie jest tabelą wartości wskaźników, którą czyta ten program: jego pierwszy wiersz (%2) nie jest nagłówkiem układu DfE LAIT ani układu prostego</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>APA letter</source>
        <translation>List APA</translation>
    </message>
    <message>
        <source>Annual rating letter</source>
        <translation>List z roczną klasyfikacją</translation>
    </message>
    <message>
        <source>Annual assessment letter</source>
        <translation>List z oceną roczną</translation>
    </message>
    <message>
        <source>Council report</source>
        <translation>Raport rady</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Przegląd planu</translation>
    </message>
    <message>
        <source>Indicator data table</source>
        <translation>Tabela danych wskaźników</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Inny dokument</translation>
    </message>
    <message>
        <source>Paper or news quoting grades</source>
        <translation>Dokument lub wiadomość przytaczająca oceny</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>%1
Imported from %2</source>
        <translation>%1
Zaimportowano z %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Samorząd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Zaimportowano</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>Sections</source>
        <translation>Sekcje</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Tekst dokumentu</translation>
    </message>
    <message>
        <source>Find in document (Enter: next, Shift+Enter: previous)</source>
        <translation>Znajdź w dokumencie (Enter: następne, Shift+Enter: poprzednie)</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Znajdź w dokumencie</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nie znaleziono</translation>
    </message>
    <message>
        <source>Imported by %1 on %2</source>
        <translation>Zaimportował(a) %1, %2</translation>
    </message>
    <message>
        <source>Imported on %1</source>
        <translation>Zaimportowano %1</translation>
    </message>
</context>
<context>
    <name>EvidenceHtml</name>
    <message>
        <source>Row %1 of the file</source>
        <translation>Wiersz %1 pliku</translation>
    </message>
    <message>
        <source>The value&apos;s row</source>
        <translation>Wiersz wartości</translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message>
        <source>Choose a grade, a chart point or an indicator value to read the text it came from.</source>
        <translation>Wybierz ocenę, punkt wykresu lub wartość wskaźnika, aby przeczytać tekst, z którego pochodzi.</translation>
    </message>
    <message>
        <source>Open the whole document at this place</source>
        <translation>Otwórz cały dokument w tym miejscu</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>The paragraph the chosen grade or value came from, with its sentence highlighted</source>
        <translation>Akapit, z którego pochodzi wybrana ocena lub wartość, z wyróżnionym zdaniem</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>The evidence could not be found in the stored text of this document.</source>
        <translation>Nie znaleziono źródła w zapisanym tekście tego dokumentu.</translation>
    </message>
    <message>
        <source>%1, page %2 of %3</source>
        <translation>%1, strona %2 z %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Źródło: %1</translation>
    </message>
    <message>
        <source>Another source gives a different grade: %1</source>
        <translation>Inne źródło podaje inną ocenę: %1</translation>
    </message>
    <message>
        <source>O&amp;pen document</source>
        <translation>Otwórz dokumen&amp;t</translation>
    </message>
    <message>
        <source>Another document gives the same value: %1</source>
        <translation>Inny dokument podaje tę samą wartość: %1</translation>
    </message>
</context>
<context>
    <name>ExportContext</name>
    <message>
        <source> vs </source>
        <translation> i </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no data for %1</source>
        <translation>brak danych dla: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>plik %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Source: no values from the loaded documents are drawn.</source>
        <translation>Źródło: wykres nie zawiera wartości z wczytanych dokumentów.</translation>
    </message>
    <message>
        <source>Source: %1. Grades and values as stated in these documents; csdash links each to its sentence or row.</source>
        <translation>Źródło: %1. Oceny i wartości w brzmieniu tych dokumentów; csdash łączy każdą z jej zdaniem lub wierszem.</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>s. %1</translation>
    </message>
    <message>
        <source>pp. %1</source>
        <translation>s. %1</translation>
    </message>
</context>
<context>
    <name>ExportSession</name>
    <message>
        <source>no indicator &quot;%1&quot; in the database</source>
        <translation>w bazie danych nie ma wskaźnika „%1”</translation>
    </message>
    <message>
        <source>Children&apos;s services: Ofsted grades compared</source>
        <translation>Usługi dla dzieci: porównanie ocen Ofsted</translation>
    </message>
    <message>
        <source>National Indicators</source>
        <translation>Wskaźniki krajowe</translation>
    </message>
    <message>
        <source>Published series behind it: %1</source>
        <translation>Opublikowany szereg, na którym się opiera: %1</translation>
    </message>
    <message>
        <source>the map of &quot;%1&quot; has no values for %2</source>
        <translation>mapa „%1” nie ma wartości za %2</translation>
    </message>
    <message>
        <source>unknown chart &quot;%1&quot;; use timeline, outcomes, indicator:CODE or map:CODE</source>
        <translation>nieznany wykres „%1”; użyj timeline, outcomes, indicator:KOD lub map:KOD</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>Key strength</source>
        <translation>Główna mocna strona</translation>
    </message>
    <message>
        <source>Area for improvement</source>
        <translation>Obszar do poprawy</translation>
    </message>
    <message>
        <source>Area for further development</source>
        <translation>Obszar do dalszego rozwoju</translation>
    </message>
</context>
<context>
    <name>FindingListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Ustalenie</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings for %1</source>
        <translation>Ustalenia dla: %1</translation>
    </message>
    <message>
        <source>No key strengths or areas for improvement in the loaded letters for this year.</source>
        <translation>Brak głównych mocnych stron i obszarów do poprawy we wczytanych listach z tego roku.</translation>
    </message>
</context>
<context>
    <name>Framework</name>
    <message>
        <source>Annual performance assessment</source>
        <translation>Coroczna ocena wyników</translation>
    </message>
    <message>
        <source>Joint area review</source>
        <translation>Wspólny przegląd obszaru</translation>
    </message>
    <message>
        <source>Annual rating</source>
        <translation>Roczna klasyfikacja</translation>
    </message>
    <message>
        <source>Annual assessment</source>
        <translation>Ocena roczna</translation>
    </message>
    <message>
        <source>Unknown framework</source>
        <translation>Nieznane ramy oceny</translation>
    </message>
</context>
<context>
    <name>GradeLabel</name>
    <message>
        <source>outstanding</source>
        <translation>wybitna</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>doskonała</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>bardzo dobra</translation>
    </message>
    <message>
        <source>good</source>
        <translation>dobra</translation>
    </message>
    <message>
        <source>adequate</source>
        <translation>wystarczająca</translation>
    </message>
    <message>
        <source>inadequate</source>
        <translation>niewystarczająca</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>słaba</translation>
    </message>
    <message>
        <source>performs excellently</source>
        <translation>działa znakomicie</translation>
    </message>
    <message>
        <source>performs well</source>
        <translation>działa dobrze</translation>
    </message>
    <message>
        <source>performs adequately</source>
        <translation>działa wystarczająco</translation>
    </message>
    <message>
        <source>performs poorly</source>
        <translation>działa słabo</translation>
    </message>
</context>
<context>
    <name>GradeLabelShort</name>
    <message>
        <source>excellently</source>
        <translation>znakomicie</translation>
    </message>
    <message>
        <source>well</source>
        <translation>dobrze</translation>
    </message>
    <message>
        <source>adequately</source>
        <translation>wystarczająco</translation>
    </message>
    <message>
        <source>poorly</source>
        <translation>słabo</translation>
    </message>
</context>
<context>
    <name>GradeMatrixModel</name>
    <message>
        <source>Overall effectiveness and annual rating</source>
        <translation>Ogólna skuteczność i roczna klasyfikacja</translation>
    </message>
    <message>
        <source>Capacity to improve</source>
        <translation>Zdolność do poprawy</translation>
    </message>
    <message>
        <source>Every Child Matters outcomes</source>
        <translation>Rezultaty Every Child Matters</translation>
    </message>
    <message>
        <source>Social care</source>
        <translation>Opieka społeczna</translation>
    </message>
    <message>
        <source>Joint area review</source>
        <translation>Wspólny przegląd obszaru</translation>
    </message>
    <message>
        <source>No joint area review of %1 in %2 in the loaded documents. A joint area review was a one-off inspection, held once in each area between 2005 and 2009.</source>
        <translation>Brak wspólnego przeglądu obszaru dla: %1 w roku %2 we wczytanych dokumentach. Wspólny przegląd obszaru był jednorazową inspekcją, przeprowadzaną raz w każdym obszarze w latach 2005–2009.</translation>
    </message>
    <message>
        <source>No 2009 annual rating for %1 in the loaded documents.</source>
        <translation>Brak rocznej klasyfikacji 2009 dla: %1 we wczytanych dokumentach.</translation>
    </message>
    <message>
        <source>No 2010 annual assessment for %1 in the loaded documents.</source>
        <translation>Brak oceny rocznej 2010 dla: %1 we wczytanych dokumentach.</translation>
    </message>
    <message>
        <source>No %1 annual performance assessment for %2 in the loaded documents.</source>
        <translation>Brak corocznej oceny wyników %1 dla: %2 we wczytanych dokumentach.</translation>
    </message>
    <message>
        <source>Not assessed in %1: annual performance assessments ended in 2008, and the annual rating that replaced them gives one overall grade only.</source>
        <translation>Bez oceny w %1: coroczne oceny wyników zakończyły się w 2008 r., a zastępująca je roczna klasyfikacja daje tylko jedną ocenę ogólną.</translation>
    </message>
    <message>
        <source>No %1 annual performance assessment grade for %2 in the loaded documents.</source>
        <translation>Brak oceny z corocznej oceny wyników %1 dla: %2 we wczytanych dokumentach.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2: no grade</source>
        <translation>%1 %2: brak oceny</translation>
    </message>
    <message>
        <source>%1 %2: grade %3, %4</source>
        <translation>%1 %2: ocena %3, %4</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 w: %2</translation>
    </message>
    <message>
        <source>%1, %2: grade %3 (%4)
%5
“%6”
From: %7</source>
        <translation>%1, %2: ocena %3 (%4)
%5
„%6”
Źródło: %7</translation>
    </message>
    <message>
        <source>
Another source gives a different grade: %1 (%2), from %3: %4</source>
        <translation>
Inne źródło podaje inną ocenę: %1 (%2), %3: %4</translation>
    </message>
    <message>
        <source>%1 %2: grade %3, %4; another source gives a different grade</source>
        <translation>%1 %2: ocena %3, %4; inne źródło podaje inną ocenę</translation>
    </message>
</context>
<context>
    <name>GradeMatrixView</name>
    <message>
        <source>Grade comparison</source>
        <translation>Porównanie ocen</translation>
    </message>
    <message>
        <source>Ofsted grades by area, year and authority. Each cell shows the grade number and words; choose a cell to read the sentence it came from.</source>
        <translation>Oceny Ofsted według obszaru, roku i samorządu. Każda komórka pokazuje numer oceny i jej słowny opis; wybierz komórkę, aby przeczytać zdanie, z którego pochodzi.</translation>
    </message>
</context>
<context>
    <name>GradePalette</name>
    <message>
        <source>outstanding</source>
        <translation>wybitna</translation>
    </message>
    <message>
        <source>good</source>
        <translation>dobra</translation>
    </message>
    <message>
        <source>adequate</source>
        <translation>wystarczająca</translation>
    </message>
    <message>
        <source>inadequate</source>
        <translation>niewystarczająca</translation>
    </message>
</context>
<context>
    <name>GradeStatementReader</name>
    <message>
        <source>year %1 taken from the paper&apos;s date (%2): the text names no year</source>
        <translation>rok %1 przyjęty z daty dokumentu (%2): tekst nie podaje roku</translation>
    </message>
    <message>
        <source>the text also gives this area grade %1 elsewhere</source>
        <translation>tekst w innym miejscu podaje dla tego obszaru ocenę %1</translation>
    </message>
</context>
<context>
    <name>GradeVocabulary</name>
    <message>
        <source>the grade vocabulary is not valid JSON: %1</source>
        <translation>słownik ocen nie jest poprawnym JSON: %1</translation>
    </message>
</context>
<context>
    <name>HeadlineChartView</name>
    <message>
        <source>Headline grades chart</source>
        <translation>Wykres ocen głównych</translation>
    </message>
    <message>
        <source>Headline grade by year for each authority compared: the APA overall grade to 2008, the annual rating in 2009 and the annual assessment in 2010.</source>
        <translation>Ocena główna według lat dla każdego porównywanego samorządu: ogólna ocena APA do 2008 r., roczna klasyfikacja w 2009 r. i ocena roczna w 2010 r.</translation>
    </message>
    <message>
        <source>Headline grade, %1–%2</source>
        <translation>Ocena główna, %1–%2</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>1 inadequate / performs poorly</source>
        <translation>1 niewystarczająca / działa słabo</translation>
    </message>
    <message>
        <source>2 adequate / performs adequately</source>
        <translation>2 wystarczająca / działa wystarczająco</translation>
    </message>
    <message>
        <source>3 good / performs well</source>
        <translation>3 dobra / działa dobrze</translation>
    </message>
    <message>
        <source>4 outstanding / performs excellently</source>
        <translation>4 wybitna / działa znakomicie</translation>
    </message>
    <message>
        <source>APA to 2008 | annual rating from 2009</source>
        <translation>APA do 2008 | roczna klasyfikacja od 2009</translation>
    </message>
</context>
<context>
    <name>HeadlineSeriesModel</name>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <translation>%1 %2: %3 (%4)</translation>
    </message>
    <message>
        <source>No headline grade in the loaded documents</source>
        <translation>Brak oceny głównej we wczytanych dokumentach</translation>
    </message>
</context>
<context>
    <name>HexLayout</name>
    <message>
        <source>%1 (%2) has no DfE number</source>
        <translation>%1 (%2) nie ma numeru DfE</translation>
    </message>
    <message>
        <source>%1 is placed twice</source>
        <translation>%1 umieszczono dwukrotnie</translation>
    </message>
    <message>
        <source>%1 and %2 share a hexagon</source>
        <translation>%1 i %2 zajmują ten sam sześciokąt</translation>
    </message>
    <message>
        <source>%1: DfE number %2 disagrees with the code list</source>
        <translation>%1: numer DfE %2 nie zgadza się z listą kodów</translation>
    </message>
    <message>
        <source>the hexagon layout is empty</source>
        <translation>układ sześciokątów jest pusty</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Importing documents…</source>
        <translation>Importowanie dokumentów…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importuj dokumenty</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importowanie %1 (%2 z %3)…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Zaimportowano</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>Już w bazie</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nie zaimportowano</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>    warning: %1</source>
        <translation>    ostrzeżenie: %1</translation>
    </message>
    <message>
        <source>%1 imported, %2 already present, %3 not imported%4.</source>
        <translation>Zaimportowane: %1, już w bazie: %2, niezaimportowane: %3%4.</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (anulowano)</translation>
    </message>
    <message>
        <source>Show Details for the reason each file was not imported.</source>
        <translation>Kliknij Pokaż szczegóły, aby zobaczyć, dlaczego każdy plik nie został zaimportowany.</translation>
    </message>
    <message>
        <source>Importing %1: row %L2 of %L3…</source>
        <translation>Importowanie %1: wiersz %L2 z %L3…</translation>
    </message>
    <message>
        <source>Importing %1: page %L2 of %L3…</source>
        <translation>Importowanie %1: strona %L2 z %L3…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n File(s)</source>
        <translation>
            <numerusform>&amp;Ponów %n plik</numerusform>
            <numerusform>&amp;Ponów %n pliki</numerusform>
            <numerusform>&amp;Ponów %n plików</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written of %n file(s): the database did not take them, or the import was cancelled. Retry imports them again. Show Details for each reason.</source>
        <translation>
            <numerusform>Nie zapisano niczego z %n pliku: baza danych go nie przyjęła albo import anulowano. Ponów importuje go jeszcze raz. Szczegóły podają przyczynę.</numerusform>
            <numerusform>Nie zapisano niczego z %n plików: baza danych ich nie przyjęła albo import anulowano. Ponów importuje je jeszcze raz. Szczegóły podają przyczynę każdego.</numerusform>
            <numerusform>Nie zapisano niczego z %n plików: baza danych ich nie przyjęła albo import anulowano. Ponów importuje je jeszcze raz. Szczegóły podają przyczynę każdego.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>How each column was understood</source>
        <translation>Jak zrozumiano każdą kolumnę</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Why it will be left out</source>
        <translation>Dlaczego zostanie pominięty</translation>
    </message>
    <message>
        <source>Rows that will be left out</source>
        <translation>Wiersze, które zostaną pominięte</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>%L1 rows will be imported: %L2 values and %L3 published as missing, for %L4 indicators. %L5 rows will be left out.</source>
        <translation>Wierszy do zaimportowania: %L1 — wartości: %L2 i opublikowanych jako brakujące: %L3, dla %L4 wskaźników. Pominiętych wierszy: %L5.</translation>
    </message>
    <message>
        <source>Co&amp;lumns:</source>
        <translation>&amp;Kolumny:</translation>
    </message>
    <message>
        <source>&amp;Rows left out:</source>
        <translation>&amp;Pominięte wiersze:</translation>
    </message>
    <message>
        <source>Breakdowns: rows kept</source>
        <translation>Podziały: zachowane wiersze</translation>
    </message>
    <message>
        <source>Rows kept of %1</source>
        <translation>Zachowane wiersze kolumny %1</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Miary</translation>
    </message>
    <message>
        <source>Measures to import</source>
        <translation>Miary do zaimportowania</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Higher or lower is better</source>
        <translation>Lepiej wyżej czy niżej</translation>
    </message>
    <message>
        <source>As the file or register says</source>
        <translation>Jak podaje plik lub rejestr</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Im wyżej, tym lepiej</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Im niżej, tym lepiej</translation>
    </message>
    <message>
        <source>Names, units and polarity left empty come from the DfE&apos;s definitions where the program knows the column, else from the column&apos;s name.</source>
        <translation>Puste nazwy, jednostki i kierunki są brane z definicji DfE, gdy program zna kolumnę, a w przeciwnym razie z nazwy kolumny.</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>imported %1: %L2 values (%L3 missing) of %L4 indicators; %L5 rows not imported</source>
        <translation>zaimportowano %1: %L2 wartości (%L3 brakujących) dla %L4 wskaźników; %L5 wierszy nie zaimportowano</translation>
    </message>
    <message>
        <source>imported %1 for %2: %3 judgements, %4 findings, %5 observations, %6 passages</source>
        <translation>zaimportowano %1 dla %2: ocen %3, ustaleń %4, obserwacji %5, fragmentów %6</translation>
    </message>
    <message>
        <source>no authority</source>
        <translation>brak samorządu</translation>
    </message>
    <message>
        <source> (PDF, pages: %1)</source>
        <translation> (PDF, stron: %1)</translation>
    </message>
    <message>
        <source>imported %1 for %2</source>
        <translation>zaimportowano %1 dla %2</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>zaimportowano %1</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4, %5</source>
        <translation>%1: %2, %3, %4, %5</translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s)</source>
        <translation>
            <numerusform>%n ocena</numerusform>
            <numerusform>%n oceny</numerusform>
            <numerusform>%n ocen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n do przeglądu</numerusform>
            <numerusform>%n do przeglądu</numerusform>
            <numerusform>%n do przeglądu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n ustalenie</numerusform>
            <numerusform>%n ustalenia</numerusform>
            <numerusform>%n ustaleń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n fragment</numerusform>
            <numerusform>%n fragmenty</numerusform>
            <numerusform>%n fragmentów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %1 for %n authorities</source>
        <translation>
            <numerusform>zaimportowano %1 dla %n samorządu</numerusform>
            <numerusform>zaimportowano %1 dla %n samorządów</numerusform>
            <numerusform>zaimportowano %1 dla %n samorządów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>not imported: cancelled</source>
        <translation>nie zaimportowano: anulowano</translation>
    </message>
    <message>
        <source>not imported: the database server could not be reached after the connection was lost; nothing was written</source>
        <translation>nie zaimportowano: po przerwaniu połączenia nie udało się ponownie połączyć z serwerem bazy danych; nic nie zostało zapisane</translation>
    </message>
</context>
<context>
    <name>IndicatorChartView</name>
    <message>
        <source>Indicator chart</source>
        <translation>Wykres wskaźnika</translation>
    </message>
    <message>
        <source>The chosen indicator&apos;s baseline and results by period, with its target</source>
        <translation>Wartość bazowa i wyniki wybranego wskaźnika według okresów, z jego celem</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Wartość bazowa</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Choose an indicator to chart its values</source>
        <translation>Wybierz wskaźnik, aby pokazać wykres jego wartości</translation>
    </message>
    <message>
        <source>(no numeric values to chart)</source>
        <translation>(brak wartości liczbowych do wykresu)</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Cel %1</translation>
    </message>
</context>
<context>
    <name>IndicatorListModel</name>
    <message>
        <source>Local</source>
        <translation>Lokalny</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Najnowszy</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Find indicator:</source>
        <translation>&amp;Znajdź wskaźnik:</translation>
    </message>
    <message>
        <source>Name or code, e.g. NI 53 or breastfeeding</source>
        <translation>Nazwa lub kod, np. NI 53 albo karmienie piersią</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>Indicator values</source>
        <translation>Wartości wskaźnika</translation>
    </message>
    <message>
        <source>Indicator description</source>
        <translation>Opis wskaźnika</translation>
    </message>
</context>
<context>
    <name>IndicatorStatus</name>
    <message>
        <source>Target met</source>
        <translation>Cel osiągnięty</translation>
    </message>
    <message>
        <source>Target not met</source>
        <translation>Cel nieosiągnięty</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Brak celu</translation>
    </message>
    <message>
        <source>Compared in the chart</source>
        <translation>Porównanie na wykresie</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Brak wyniku</translation>
    </message>
    <message>
        <source>Unknown whether higher is better</source>
        <translation>Nie wiadomo, czy wyższa wartość jest lepsza</translation>
    </message>
</context>
<context>
    <name>IndicatorTableParser</name>
    <message>
        <source>authority name</source>
        <translation>nazwa samorządu</translation>
    </message>
    <message>
        <source>LA number</source>
        <translation>numer LA</translation>
    </message>
    <message>
        <source>indicator code</source>
        <translation>kod wskaźnika</translation>
    </message>
    <message>
        <source>indicator title</source>
        <translation>nazwa wskaźnika</translation>
    </message>
    <message>
        <source>period</source>
        <translation>okres</translation>
    </message>
    <message>
        <source>value</source>
        <translation>wartość</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>jednostka</translation>
    </message>
    <message>
        <source>polarity</source>
        <translation>kierunek (wyżej/niżej lepiej)</translation>
    </message>
    <message>
        <source>source</source>
        <translation>źródło</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>temat</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>pominięta</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1”: %2</translation>
    </message>
    <message>
        <source>Layout: DfE LAIT long format</source>
        <translation>Układ: format długi DfE LAIT</translation>
    </message>
    <message>
        <source>Layout: simple indicator table</source>
        <translation>Układ: prosta tabela wskaźników</translation>
    </message>
    <message>
        <source>has %1 fields where the header has %2</source>
        <translation>ma %1 pól, a nagłówek ma %2</translation>
    </message>
    <message>
        <source>LA number &quot;%1&quot; is not in the register of English authorities</source>
        <translation>numeru LA „%1” nie ma w rejestrze samorządów angielskich</translation>
    </message>
    <message>
        <source>authority &quot;%1&quot; is not in the register of English authorities</source>
        <translation>samorządu „%1” nie ma w rejestrze samorządów angielskich</translation>
    </message>
    <message>
        <source>measure &quot;%1&quot; is not in the LAIT measure list</source>
        <translation>miary „%1” nie ma na liście miar LAIT</translation>
    </message>
    <message>
        <source>names no indicator</source>
        <translation>nie wskazuje żadnego wskaźnika</translation>
    </message>
    <message>
        <source>the period &quot;%1&quot; cannot be read</source>
        <translation>nie można odczytać okresu „%1”</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; is not a number or a missing-value marker</source>
        <translation>wartość „%1” nie jest liczbą ani oznaczeniem brakującej wartości</translation>
    </message>
</context>
<context>
    <name>JudgementChecks</name>
    <message>
        <source>line %1 gives %2 the grade %3, outside the 1-4 scale</source>
        <translation>wiersz %1 daje obszarowi %2 ocenę %3, spoza skali 1–4</translation>
    </message>
    <message>
        <source>the document contradicts itself: %1 is graded %2 on line %3 and %4 on line %5</source>
        <translation>dokument jest wewnętrznie sprzeczny: %1 ma ocenę %2 w wierszu %3 i %4 w wierszu %5</translation>
    </message>
</context>
<context>
    <name>JudgementTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Samorząd</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Ramy oceny</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Źródło</translation>
    </message>
</context>
<context>
    <name>JudgementTableView</name>
    <message>
        <source>Judgements</source>
        <translation>Oceny</translation>
    </message>
    <message>
        <source>Every grade read from the documents, with the sentence it came from</source>
        <translation>Każda ocena odczytana z dokumentów wraz ze zdaniem, z którego pochodzi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Headline grade</source>
        <translation>Ocena główna</translation>
    </message>
    <message>
        <source>Outcome grade</source>
        <translation>Ocena rezultatu</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Wartość wskaźnika</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Ustalenie</translation>
    </message>
    <message>
        <source>About csdash</source>
        <translation>O programie csdash</translation>
    </message>
    <message>
        <source>&lt;b&gt;Children&apos;s Services Dashboard&lt;/b&gt; %1&lt;p&gt;Ofsted grades and performance indicators with the sentence each came from.&lt;/p&gt;&lt;p&gt;Ofsted letters: Crown copyright, Open Government Licence v3.0.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Panel usług dla dzieci&lt;/b&gt; %1&lt;p&gt;Oceny Ofsted i wskaźniki wyników wraz ze zdaniem, z którego pochodzi każda z nich.&lt;/p&gt;&lt;p&gt;Listy Ofsted: prawa autorskie Korony, Open Government Licence v3.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Children&apos;s Services Dashboard</source>
        <translation>Panel usług dla dzieci</translation>
    </message>
    <message>
        <source>&amp;Grades</source>
        <translation>&amp;Oceny</translation>
    </message>
    <message>
        <source>&amp;Outcomes</source>
        <translation>&amp;Rezultaty</translation>
    </message>
    <message>
        <source>&amp;Indicators</source>
        <translation>W&amp;skaźniki</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumenty</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <source>First authority</source>
        <translation>Pierwszy samorząd</translation>
    </message>
    <message>
        <source>Second authority</source>
        <translation>Drugi samorząd</translation>
    </message>
    <message>
        <source>&amp;Import documents…</source>
        <translation>&amp;Importuj dokumenty…</translation>
    </message>
    <message>
        <source>Read letters, reports and plan reviews into the database</source>
        <translation>Wczytaj listy, raporty i przeglądy planów do bazy danych</translation>
    </message>
    <message>
        <source>&amp;Search documents</source>
        <translation>&amp;Szukaj w dokumentach</translation>
    </message>
    <message>
        <source>&amp;Add authority to compare…</source>
        <translation>&amp;Dodaj samorząd do porównania…</translation>
    </message>
    <message>
        <source>&amp;Compare two authorities only</source>
        <translation>&amp;Porównuj tylko dwa samorządy</translation>
    </message>
    <message>
        <source>&amp;About csdash</source>
        <translation>&amp;O programie csdash</translation>
    </message>
    <message>
        <source>Export &amp;chart…</source>
        <translation>Eksportuj &amp;wykres…</translation>
    </message>
    <message>
        <source>Save the chart on the current tab as PNG, SVG or PDF</source>
        <translation>Zapisz wykres z bieżącej karty jako PNG, SVG lub PDF</translation>
    </message>
    <message>
        <source>Copy c&amp;hart</source>
        <translation>Kopiuj w&amp;ykres</translation>
    </message>
    <message>
        <source>Export &amp;table as CSV…</source>
        <translation>Eksportuj &amp;tabelę jako CSV…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>Dr&amp;ukuj podsumowanie…</translation>
    </message>
    <message>
        <source>Export summary as P&amp;DF…</source>
        <translation>Eksportuj podsumowanie jako P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Porównanie</translation>
    </message>
    <message>
        <source>Compare </source>
        <translation>Porównaj </translation>
    </message>
    <message>
        <source> with </source>
        <translation> z </translation>
    </message>
    <message>
        <source>%1 documents, %2 authorities — %3</source>
        <translation>Dokumenty: %1, samorządy: %2 — %3</translation>
    </message>
    <message>
        <source>Read-only database: it can be read but nothing can be imported — %1</source>
        <translation>Baza danych tylko do odczytu: można ją czytać, ale niczego nie można zaimportować — %1</translation>
    </message>
    <message>
        <source>This value has no stored source text.</source>
        <translation>Ta wartość nie ma zapisanego tekstu źródłowego.</translation>
    </message>
    <message>
        <source>The source document is no longer in the database.</source>
        <translation>Dokumentu źródłowego nie ma już w bazie danych.</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importuj dokumenty</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Import już trwa.</translation>
    </message>
    <message>
        <source>Import finished: %1 imported, %2 already present, %3 not imported</source>
        <translation>Import zakończony: zaimportowane: %1, już w bazie: %2, niezaimportowane: %3</translation>
    </message>
    <message>
        <source>Add authority</source>
        <translation>Dodaj samorząd</translation>
    </message>
    <message>
        <source>Every authority in the database is already compared. Import letters for another authority to compare it.</source>
        <translation>Wszystkie samorządy z bazy danych są już porównywane. Zaimportuj listy innego samorządu, aby go porównać.</translation>
    </message>
    <message>
        <source>Authority to add as a further column group:</source>
        <translation>Samorząd do dodania jako kolejna grupa kolumn:</translation>
    </message>
    <message>
        <source>Outcome grades, %1</source>
        <translation>Oceny rezultatów, %1</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Wskaźnik %1</translation>
    </message>
    <message>
        <source>Headline grade by year</source>
        <translation>Ocena główna według lat</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Eksportuj wykres</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Obraz PNG (*.png);;Rysunek SVG (*.svg);;Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG size</source>
        <translation>Rozmiar PNG</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Szerokość:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Wysokość:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Rozdzielczość:</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Wykres zapisano w %1</translation>
    </message>
    <message>
        <source>Chart copied</source>
        <translation>Skopiowano wykres</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Oceny</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with byte-order mark (*.csv)</source>
        <translation>CSV dla Excela, UTF-8 ze znacznikiem BOM (*.csv)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Eksportuj tabelę</translation>
    </message>
    <message>
        <source>Table saved to %1</source>
        <translation>Tabelę zapisano w %1</translation>
    </message>
    <message>
        <source>Children&apos;s services summary</source>
        <translation>Usługi dla dzieci: podsumowanie</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Drukuj podsumowanie</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Export summary as PDF</source>
        <translation>Eksportuj podsumowanie jako PDF</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>podsumowanie</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Eksportuj podsumowanie</translation>
    </message>
    <message>
        <source>Summary saved to %1</source>
        <translation>Podsumowanie zapisano w %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Fi&amp;ndings</source>
        <translation>&amp;Ustalenia</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excela (*.xlsx)</translation>
    </message>
    <message>
        <source>Adding published figures: %p%</source>
        <translation>Dodawanie opublikowanych danych: %p%</translation>
    </message>
    <message>
        <source>Adding the DfE&apos;s published figures</source>
        <translation>Dodawanie danych opublikowanych przez DfE</translation>
    </message>
    <message>
        <source>Some published figures could not be added: %1</source>
        <translation>Nie udało się dodać części opublikowanych danych: %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message numerus="yes">
        <source>The workbook has %n sheet(s). Sheet to import:</source>
        <translation>
            <numerusform>Skoroszyt ma %n arkusz. Arkusz do zaimportowania:</numerusform>
            <numerusform>Skoroszyt ma %n arkusze. Arkusz do zaimportowania:</numerusform>
            <numerusform>Skoroszyt ma %n arkuszy. Arkusz do zaimportowania:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <source>%1 is already compared</source>
        <translation>%1 jest już porównywany</translation>
    </message>
    <message>
        <source>%1 added to the compared authorities</source>
        <translation>%1 dodano do porównywanych samorządów</translation>
    </message>
    <message>
        <source>Letters, reports and data tables (*.pdf *.txt *.text *.md *.csv *.tsv *.xlsx);;Letters and reports (*.pdf *.txt);;Data tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Listy, raporty i tabele danych (*.pdf *.txt *.text *.md *.csv *.tsv *.xlsx);;Listy i raporty (*.pdf *.txt);;Tabele danych (*.csv *.tsv *.txt *.xlsx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>The PDF cannot be shown (%1); its text is shown instead.</source>
        <translation>Nie można wyświetlić pliku PDF (%1); zamiast niego pokazano jego tekst.</translation>
    </message>
    <message>
        <source>&amp;Review grades read with little confidence</source>
        <translation>P&amp;rzejrzyj oceny odczytane z małą pewnością</translation>
    </message>
    <message>
        <source>Accept or reject grades read from papers and news</source>
        <translation>Przyjmij lub odrzuć oceny odczytane z dokumentów i wiadomości</translation>
    </message>
    <message>
        <source>grade %1 (%2), from: %3</source>
        <translation>ocena %1 (%2), źródło: %3</translation>
    </message>
    <message>
        <source>The decision could not be recorded: %1</source>
        <translation>Nie udało się zapisać decyzji: %1</translation>
    </message>
    <message>
        <source>Reloaded from the database.</source>
        <translation>Wczytano ponownie z bazy danych.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Read the database again, with what other programs have added</source>
        <translation>Wczytaj bazę danych ponownie, z tym, co dodały inne programy</translation>
    </message>
    <message>
        <source>The database was changed by another program; the window shows the changes.</source>
        <translation>Baza danych została zmieniona przez inny program; okno pokazuje zmiany.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>&amp;Sprawdź bazę danych…</translation>
    </message>
    <message>
        <source>Read the whole database file and report any damage (the file is not checked at every start)</source>
        <translation>Odczytaj cały plik bazy danych i zgłoś uszkodzenia (plik nie jest sprawdzany przy każdym uruchomieniu)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Sprawdzanie %1…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Sprawdzanie bazy danych</translation>
    </message>
    <message>
        <source>%1 is sound: SQLite&apos;s integrity check found no damage.</source>
        <translation>%1 jest w porządku: sprawdzenie integralności SQLite nie wykazało uszkodzeń.</translation>
    </message>
    <message>
        <source>%1 is damaged or could not be read.</source>
        <translation>%1 jest uszkodzona lub nie dała się odczytać.</translation>
    </message>
    <message>
        <source>To rebuild it from the document texts it still holds, keeping the damaged file as a backup, close csdash and run: csdash --rebuild check</source>
        <translation>Aby odbudować ją z tekstów dokumentów, które wciąż zawiera, zachowując uszkodzony plik jako kopię zapasową, zamknij csdash i uruchom: csdash --rebuild check</translation>
    </message>
    <message>
        <source>Connect to team database</source>
        <translation>Połącz z bazą danych zespołu</translation>
    </message>
    <message>
        <source>An import is still running; connect when it has finished.</source>
        <translation>Import wciąż trwa; połącz się, gdy się zakończy.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>The password for %1:</source>
        <translation>Hasło do %1:</translation>
    </message>
    <message>
        <source>The server refused the password. The password for %1:</source>
        <translation>Serwer odrzucił hasło. Hasło do %1:</translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation>Nie można połączyć</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nie połączono: %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Połączono z %1</translation>
    </message>
    <message>
        <source>Bundled documents</source>
        <translation>Dołączone dokumenty</translation>
    </message>
    <message>
        <source>Co&amp;nnect to team database…</source>
        <translation>&amp;Połącz z bazą danych zespołu…</translation>
    </message>
    <message>
        <source>Work on the team&apos;s shared PostgreSQL database</source>
        <translation>Pracuj na wspólnej bazie PostgreSQL zespołu</translation>
    </message>
    <message>
        <source>Could not read the database (%1). Shown: what was read before; F5 reads again.</source>
        <translation>Nie udało się odczytać bazy danych (%1). Widoczne jest to, co odczytano wcześniej; F5 odczytuje ponownie.</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message numerus="yes">
        <source>%1 (%2, %n authorities)</source>
        <translation>
            <numerusform>%1 (%2, %n samorząd)</numerusform>
            <numerusform>%1 (%2, %n samorządy)</numerusform>
            <numerusform>%1 (%2, %n samorządów)</numerusform>
        </translation>
    </message>
    <message>
        <source>Headline Ofsted grade, %1</source>
        <translation>Ocena główna Ofsted, %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no loaded data</source>
        <translation>nie wczytano danych</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 i %n inny</numerusform>
            <numerusform>%1 i %n inne</numerusform>
            <numerusform>%1 i %n innych</numerusform>
        </translation>
    </message>
    <message>
        <source>Headline grade (APA overall to 2008, annual rating 2009, annual assessment 2010)</source>
        <translation>Ocena główna (ogólna APA do 2008, ocena roczna 2009, ocena roczna 2010)</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 authorities graded · Source: %4</source>
        <translation>%1 · %2 z %3 samorządów z oceną · Źródło: %4</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 authorities with a value · %4 · Source: %5</source>
        <translation>%1 · %2 z %3 samorządów z wartością · %4 · Źródło: %5</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Koloruj według:</translation>
    </message>
    <message>
        <source>Headline Ofsted grades</source>
        <translation>Oceny główne Ofsted</translation>
    </message>
    <message>
        <source>E&amp;xport map…</source>
        <translation>Eksportu&amp;j mapę…</translation>
    </message>
    <message>
        <source>Map of England&apos;s authorities</source>
        <translation>Mapa samorządów Anglii</translation>
    </message>
</context>
<context>
    <name>Observation</name>
    <message>
        <source>Baseline</source>
        <translation>Wartość bazowa</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nieprzypisana</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>brak liczby</translation>
    </message>
    <message>
        <source>several values or unrecognised text; kept as written</source>
        <translation>kilka wartości lub nierozpoznany tekst; zachowano w oryginalnym brzmieniu</translation>
    </message>
    <message>
        <source>row has %1 cells where the table has %2 columns; kept as written</source>
        <translation>wiersz ma %1 komórek, a tabela ma %2 kolumn; zachowano w oryginalnym brzmieniu</translation>
    </message>
    <message>
        <source>not published for this period: every area&apos;s figure is 0</source>
        <translation>nieopublikowane za ten okres: wartość każdego obszaru wynosi 0</translation>
    </message>
</context>
<context>
    <name>ObservationTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Samorząd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Seria</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>W oryginalnym brzmieniu</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n other document(s))</source>
        <translation>
            <numerusform>%1 (i %n inny dokument)</numerusform>
            <numerusform>%1 (i %n inne dokumenty)</numerusform>
            <numerusform>%1 (i %n innych dokumentów)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <source>The same value is given by %1; the chart shows them as one point.</source>
        <translation>Tę samą wartość podaje %1; wykres pokazuje je jako jeden punkt.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
</context>
<context>
    <name>OutcomeChartView</name>
    <message>
        <source>Outcome grades chart</source>
        <translation>Wykres ocen rezultatów</translation>
    </message>
    <message>
        <source>Grades for the five outcomes and capacity to improve in the chosen year, one bar per authority</source>
        <translation>Oceny pięciu rezultatów i zdolności do poprawy w wybranym roku, jeden słupek na samorząd</translation>
    </message>
    <message>
        <source>Outcome grades, %1</source>
        <translation>Oceny rezultatów, %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No grade in the loaded documents (shown as an empty bar): %1</source>
        <translation>Brak oceny we wczytanych dokumentach (pusty słupek): %1</translation>
    </message>
</context>
<context>
    <name>PdfDocumentReader</name>
    <message>
        <source>%1 — PDF</source>
        <translation>%1 — PDF</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1. The evidence is highlighted on page %2 of %3.</source>
        <translation>%1. Dowód jest wyróżniony na stronie %2 z %3.</translation>
    </message>
</context>
<context>
    <name>PdfPageCanvas</name>
    <message>
        <source>Page</source>
        <translation>Strona</translation>
    </message>
</context>
<context>
    <name>PdfPageView</name>
    <message>
        <source>Previous page</source>
        <translation>Poprzednia strona</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Poprzednia strona (Page Up)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Następna strona</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Następna strona (Page Down)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Pomniejsz (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Powiększ (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Dopasuj szerokość</translation>
    </message>
    <message>
        <source>Fit the page to the width of the view</source>
        <translation>Dopasuj stronę do szerokości widoku</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Znajdź</translation>
    </message>
    <message>
        <source>Find in the PDF</source>
        <translation>Znajdź w pliku PDF</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Znajdź następne</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Znajdź poprzednie</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Numer strony</translation>
    </message>
    <message>
        <source>The page shown: type a page number and press Enter to go to it</source>
        <translation>Wyświetlana strona: wpisz numer strony i naciśnij Enter, aby do niej przejść</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>Number of pages</source>
        <translation>Liczba stron</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Zoom percentage</source>
        <translation>Powiększenie w procentach</translation>
    </message>
    <message>
        <source>Zoom: 100% shows the page at its printed size</source>
        <translation>Powiększenie: 100% pokazuje stronę w rozmiarze wydruku</translation>
    </message>
    <message>
        <source>Find in PDF</source>
        <translation>Znajdź w PDF</translation>
    </message>
    <message>
        <source>Type a word and press Enter (F3: next, Shift+F3: previous; Ctrl+F to come here)</source>
        <translation>Wpisz słowo i naciśnij Enter (F3: następne, Shift+F3: poprzednie; Ctrl+F, aby tu wrócić)</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Wynik wyszukiwania</translation>
    </message>
    <message>
        <source>PDF page</source>
        <translation>Strona PDF</translation>
    </message>
    <message>
        <source>This file could not be opened as a PDF. It may be damaged or incomplete, or not a PDF at all.</source>
        <translation>Nie można otworzyć tego pliku jako PDF. Może być uszkodzony lub niekompletny albo nie jest plikiem PDF.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password, so its pages cannot be shown. Ask its publisher for an unprotected copy.</source>
        <translation>Ten plik PDF jest chroniony hasłem, więc nie można pokazać jego stron. Poproś wydawcę o niezabezpieczoną kopię.</translation>
    </message>
    <message>
        <source>This PDF has no pages to show. It may be damaged.</source>
        <translation>Ten plik PDF nie ma stron do pokazania. Może być uszkodzony.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nie znaleziono</translation>
    </message>
    <message>
        <source>%1 of %2 on page %3</source>
        <translation>%1 z %2 na stronie %3</translation>
    </message>
    <message>
        <source>Page %1 could not be drawn; the PDF may be damaged.</source>
        <translation>Nie można narysować strony %1; plik PDF może być uszkodzony.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>z %1</translation>
    </message>
</context>
<context>
    <name>PdfText</name>
    <message>
        <source>the file is not a PDF: it does not begin with %PDF-</source>
        <translation>plik nie jest plikiem PDF: nie zaczyna się od %PDF-</translation>
    </message>
    <message>
        <source>the PDF is password-protected; open it in a PDF reader, save an unprotected copy and import that</source>
        <translation>plik PDF jest chroniony hasłem; otwórz go w przeglądarce PDF, zapisz niezabezpieczoną kopię i zaimportuj ją</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read; ask for a fresh copy of it</source>
        <translation>plik PDF jest uszkodzony i nie da się go odczytać; poproś o nową kopię</translation>
    </message>
    <message>
        <source>the PDF has no pages that can be read; ask for a fresh copy of it</source>
        <translation>plik PDF nie ma stron, które da się odczytać; poproś o nową kopię</translation>
    </message>
    <message>
        <source>reading the PDF was cancelled</source>
        <translation>odczyt pliku PDF anulowano</translation>
    </message>
    <message>
        <source>the PDF is a scan with no text layer: its pages are pictures of text, so there is nothing to read; run it through OCR (text recognition) first and import the searchable PDF that makes</source>
        <translation>plik PDF jest skanem bez warstwy tekstowej: jego strony to obrazy tekstu, więc nie ma czego odczytać; najpierw przepuść go przez OCR (rozpoznawanie tekstu) i zaimportuj powstały przeszukiwalny PDF</translation>
    </message>
</context>
<context>
    <name>PlanReviewParser</name>
    <message>
        <source>no performance table with indicator and target columns was found</source>
        <translation>nie znaleziono tabeli wyników z kolumnami wskaźnika i celu</translation>
    </message>
    <message>
        <source>the performance table holds no indicator rows</source>
        <translation>tabela wyników nie zawiera wierszy wskaźników</translation>
    </message>
</context>
<context>
    <name>RecordedBy</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ResourceText</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Grades read from papers and news with too little confidence to show them. Accept one to show it in the grades and charts, or reject it.</source>
        <translation>Oceny odczytane z dokumentów i wiadomości ze zbyt małą pewnością, by je pokazać. Przyjmij ocenę, aby pokazać ją w ocenach i na wykresach, albo ją odrzuć.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Przyjmij</translation>
    </message>
    <message>
        <source>Show this grade in the grades and charts (A or Enter)</source>
        <translation>Pokaż tę ocenę w ocenach i na wykresach (A lub Enter)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Keep this grade out of the grades and charts (R or Delete)</source>
        <translation>Nie pokazuj tej oceny w ocenach ani na wykresach (R lub Delete)</translation>
    </message>
    <message>
        <source>Show decided</source>
        <translation>Pokaż rozstrzygnięte</translation>
    </message>
    <message>
        <source>List the grades already accepted or rejected too, to change a decision</source>
        <translation>Wypisz też oceny już przyjęte lub odrzucone, aby zmienić decyzję</translation>
    </message>
    <message>
        <source>Grades to review</source>
        <translation>Oceny do przeglądu</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Zdanie</translation>
    </message>
    <message>
        <source>The paragraph the chosen grade was read from, with its sentence highlighted</source>
        <translation>Akapit, z którego odczytano wybraną ocenę, z wyróżnionym zdaniem</translation>
    </message>
    <message>
        <source>&amp;Review (%1)</source>
        <translation>Prze&amp;gląd (%1)</translation>
    </message>
    <message>
        <source>The sentence could not be found in the stored text of this document.</source>
        <translation>Nie znaleziono zdania w zapisanym tekście tego dokumentu.</translation>
    </message>
    <message>
        <source>%1 — from: %2</source>
        <translation>%1 — źródło: %2</translation>
    </message>
    <message>
        <source>Read so because: %1</source>
        <translation>Odczytano tak, ponieważ: %1</translation>
    </message>
    <message>
        <source>No grades wait for review.</source>
        <translation>Żadne oceny nie czekają na przegląd.</translation>
    </message>
    <message>
        <source>Choose a grade to read its sentence.</source>
        <translation>Wybierz ocenę, aby przeczytać jej zdanie.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search every document (Ctrl+F), then Enter</source>
        <translation>Przeszukaj wszystkie dokumenty (Ctrl+F), potem Enter</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Szukaj w dokumentach</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) found; press Enter on one to open it</source>
        <translation>
            <numerusform>Znaleziono %n fragment; naciśnij Enter na nim, aby go otworzyć</numerusform>
            <numerusform>Znaleziono %n fragmenty; naciśnij Enter na jednym, aby go otworzyć</numerusform>
            <numerusform>Znaleziono %n fragmentów; naciśnij Enter na jednym, aby go otworzyć</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sekcja</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <source>council paper quoting the grade</source>
        <translation>dokument samorządu przytaczający ocenę</translation>
    </message>
    <message>
        <source>secondary source (news or blog)</source>
        <translation>źródło wtórne (wiadomości lub blog)</translation>
    </message>
    <message>
        <source>Ofsted letter or report</source>
        <translation>list lub raport Ofsted</translation>
    </message>
</context>
<context>
    <name>SourceText</name>
    <message>
        <source>the file is larger than %1 MB, too large for a letter or report</source>
        <translation>plik ma więcej niż %1 MB, za dużo jak na list lub raport</translation>
    </message>
    <message>
        <source>the file says it is UTF-8 but holds invalid UTF-8 bytes</source>
        <translation>plik deklaruje UTF-8, ale zawiera niepoprawne bajty UTF-8</translation>
    </message>
    <message>
        <source>the file says it is UTF-16 but holds invalid UTF-16</source>
        <translation>plik deklaruje UTF-16, ale zawiera niepoprawny UTF-16</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 but does not decode as UTF-16</source>
        <translation>plik wygląda na UTF-16, ale nie daje się odczytać jako UTF-16</translation>
    </message>
    <message>
        <source>the file is binary (it contains NUL bytes), not a text document</source>
        <translation>plik jest binarny (zawiera bajty NUL), a nie jest dokumentem tekstowym</translation>
    </message>
    <message>
        <source>the text is neither valid UTF-8 nor Windows-1252 (byte 0x%1)</source>
        <translation>tekst nie jest ani poprawnym UTF-8, ani Windows-1252 (bajt 0x%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <source>the file is binary (%1 control characters), not a text document</source>
        <translation>plik jest binarny (znaki sterujące: %1), a nie jest dokumentem tekstowym</translation>
    </message>
</context>
<context>
    <name>StatementVocabulary</name>
    <message>
        <source>the grade-statement vocabulary is not valid JSON: %1</source>
        <translation>słownik wypowiedzi o ocenach nie jest poprawnym plikiem JSON: %1</translation>
    </message>
    <message>
        <source>the grade-statement vocabulary names no framework</source>
        <translation>słownik wypowiedzi o ocenach nie wymienia żadnych ram oceny</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 — niepowodzenie: %2</translation>
    </message>
    <message>
        <source>preparing a batch insert</source>
        <translation>przygotowanie wstawiania wsadowego</translation>
    </message>
    <message>
        <source>a batch insert</source>
        <translation>wstawianie wsadowe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>nie można otworzyć bazy danych %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable database (%2); it can be rebuilt into a new file</source>
        <translation>%1 nie jest użyteczną bazą danych (%2); można ją odbudować w nowym pliku</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it can be rebuilt from the document texts it still holds</source>
        <translation>%1 jest uszkodzona (%2); można ją odbudować z tekstów dokumentów, które wciąż zawiera</translation>
    </message>
    <message>
        <source>the database is read-only and from an older version (schema %1); it cannot be updated</source>
        <translation>baza danych jest tylko do odczytu i pochodzi ze starszej wersji (schemat %1); nie można jej zaktualizować</translation>
    </message>
    <message>
        <source>cannot read the database&apos;s schema version</source>
        <translation>nie można odczytać wersji schematu bazy danych</translation>
    </message>
    <message>
        <source>the database was written by a newer csdash (schema version %1; this version reads up to %2); it was left unchanged</source>
        <translation>bazę danych zapisał nowszy csdash (wersja schematu %1; ta wersja czyta do %2); pozostawiono ją bez zmian</translation>
    </message>
    <message>
        <source>the database %1 is read-only; nothing can be imported into it</source>
        <translation>baza danych %1 jest tylko do odczytu; niczego nie można do niej zaimportować</translation>
    </message>
    <message>
        <source>preparing the duplicate check</source>
        <translation>przygotowanie sprawdzenia duplikatów</translation>
    </message>
    <message>
        <source>the duplicate check</source>
        <translation>sprawdzenie duplikatów</translation>
    </message>
    <message>
        <source>preparing the document insert</source>
        <translation>przygotowanie wstawienia dokumentu</translation>
    </message>
    <message>
        <source>saving the document</source>
        <translation>zapis dokumentu</translation>
    </message>
    <message>
        <source>reading indicator keys</source>
        <translation>odczyt kluczy wskaźników</translation>
    </message>
    <message>
        <source>preparing the observation insert</source>
        <translation>przygotowanie wstawiania wartości</translation>
    </message>
    <message>
        <source>saving an observation</source>
        <translation>zapis wartości</translation>
    </message>
    <message>
        <source>preparing the search index update</source>
        <translation>przygotowanie aktualizacji indeksu wyszukiwania</translation>
    </message>
    <message>
        <source>updating the search index</source>
        <translation>aktualizacja indeksu wyszukiwania</translation>
    </message>
    <message>
        <source>committing the import</source>
        <translation>zatwierdzenie importu</translation>
    </message>
    <message>
        <source>preparing a document read</source>
        <translation>przygotowanie odczytu dokumentu</translation>
    </message>
    <message>
        <source>reading a document</source>
        <translation>odczyt dokumentu</translation>
    </message>
    <message>
        <source>reading authorities</source>
        <translation>odczyt samorządów</translation>
    </message>
    <message>
        <source>reading documents</source>
        <translation>odczyt dokumentów</translation>
    </message>
    <message>
        <source>preparing the judgement query</source>
        <translation>przygotowanie zapytania o oceny</translation>
    </message>
    <message>
        <source>the judgement query</source>
        <translation>zapytanie o oceny</translation>
    </message>
    <message>
        <source>preparing the findings query</source>
        <translation>przygotowanie zapytania o ustalenia</translation>
    </message>
    <message>
        <source>the findings query</source>
        <translation>zapytanie o ustalenia</translation>
    </message>
    <message>
        <source>reading indicators</source>
        <translation>odczyt wskaźników</translation>
    </message>
    <message>
        <source>preparing the indicator lookup</source>
        <translation>przygotowanie wyszukania wskaźnika</translation>
    </message>
    <message>
        <source>the authority lookup</source>
        <translation>wyszukanie samorządów</translation>
    </message>
    <message>
        <source>preparing the observation query</source>
        <translation>przygotowanie zapytania o wartości</translation>
    </message>
    <message>
        <source>the observation query</source>
        <translation>zapytanie o wartości</translation>
    </message>
    <message>
        <source>the indicator lookup</source>
        <translation>wyszukanie wskaźnika</translation>
    </message>
    <message>
        <source>preparing the passage query</source>
        <translation>przygotowanie zapytania o fragmenty</translation>
    </message>
    <message>
        <source>the passage query</source>
        <translation>zapytanie o fragmenty</translation>
    </message>
    <message>
        <source>preparing the search</source>
        <translation>przygotowanie wyszukiwania</translation>
    </message>
    <message>
        <source>preparing the neighbour query</source>
        <translation>przygotowanie zapytania o sąsiadów</translation>
    </message>
    <message>
        <source>the neighbour query</source>
        <translation>zapytanie o sąsiadów</translation>
    </message>
    <message>
        <source>preparing a count</source>
        <translation>przygotowanie liczenia</translation>
    </message>
    <message>
        <source>preparing a setting&apos;s lookup</source>
        <translation>przygotowanie odczytu ustawienia</translation>
    </message>
    <message>
        <source>reading a setting</source>
        <translation>odczyt ustawienia</translation>
    </message>
    <message>
        <source>preparing a setting&apos;s update</source>
        <translation>przygotowanie zapisu ustawienia</translation>
    </message>
    <message>
        <source>writing a setting</source>
        <translation>zapis ustawienia</translation>
    </message>
    <message>
        <source>preparing the file insert</source>
        <translation>przygotowywanie zapisu pliku</translation>
    </message>
    <message>
        <source>saving the PDF file</source>
        <translation>zapisywanie pliku PDF</translation>
    </message>
    <message>
        <source>preparing a file read</source>
        <translation>przygotowywanie odczytu pliku</translation>
    </message>
    <message>
        <source>reading a document&apos;s file</source>
        <translation>odczyt pliku dokumentu</translation>
    </message>
    <message>
        <source>preparing the page boxes query</source>
        <translation>przygotowywanie zapytania o położenie tekstu na stronach</translation>
    </message>
    <message>
        <source>the page boxes query</source>
        <translation>zapytanie o położenie tekstu na stronach</translation>
    </message>
    <message>
        <source>preparing the decision lookup</source>
        <translation>przygotowanie odczytu decyzji</translation>
    </message>
    <message>
        <source>looking up a decision</source>
        <translation>odczyt decyzji</translation>
    </message>
    <message>
        <source>the database %1 is read-only; no decision can be recorded</source>
        <translation>baza danych %1 jest tylko do odczytu; nie można zapisać decyzji</translation>
    </message>
    <message>
        <source>a grade can only be accepted, rejected or put back for review</source>
        <translation>ocenę można tylko przyjąć, odrzucić lub przywrócić do przeglądu</translation>
    </message>
    <message>
        <source>preparing the candidate lookup</source>
        <translation>przygotowanie wyszukania kandydata</translation>
    </message>
    <message>
        <source>looking up a candidate</source>
        <translation>wyszukanie kandydata</translation>
    </message>
    <message>
        <source>there is no grade with the id %1</source>
        <translation>nie ma oceny o identyfikatorze %1</translation>
    </message>
    <message>
        <source>the grade %1 was read with confidence; it is not a candidate for review</source>
        <translation>ocenę %1 odczytano z pewnością; nie jest kandydatem do przeglądu</translation>
    </message>
    <message>
        <source>cannot start recording the decision: %1</source>
        <translation>nie można rozpocząć zapisu decyzji: %1</translation>
    </message>
    <message>
        <source>preparing the decision&apos;s removal</source>
        <translation>przygotowanie usunięcia decyzji</translation>
    </message>
    <message>
        <source>preparing the decision&apos;s record</source>
        <translation>przygotowanie zapisu decyzji</translation>
    </message>
    <message>
        <source>recording a decision</source>
        <translation>zapis decyzji</translation>
    </message>
    <message>
        <source>preparing the candidate&apos;s update</source>
        <translation>przygotowanie aktualizacji kandydata</translation>
    </message>
    <message>
        <source>updating a candidate</source>
        <translation>aktualizacja kandydata</translation>
    </message>
    <message>
        <source>cannot record the decision: %1</source>
        <translation>nie można zapisać decyzji: %1</translation>
    </message>
    <message>
        <source>the database %1 is read-only; nothing can be removed from it</source>
        <translation>baza danych %1 jest tylko do odczytu; nie można z niej niczego usunąć</translation>
    </message>
    <message>
        <source>cannot start removing the document: %1</source>
        <translation>nie można rozpocząć usuwania dokumentu: %1</translation>
    </message>
    <message>
        <source>removing a document&apos;s passages from the search index</source>
        <translation>usunięcie fragmentów dokumentu z indeksu wyszukiwania</translation>
    </message>
    <message>
        <source>removing a document</source>
        <translation>usunięcie dokumentu</translation>
    </message>
    <message>
        <source>there is no document with the id %1</source>
        <translation>nie ma dokumentu o identyfikatorze %1</translation>
    </message>
    <message>
        <source>cannot remove the document: %1</source>
        <translation>nie można usunąć dokumentu: %1</translation>
    </message>
    <message>
        <source>%1 (the database file is damaged; csdash check tells more, and csdash --rebuild recovers its documents into a new file)</source>
        <translation>%1 (plik bazy danych jest uszkodzony; csdash check powie więcej, a csdash --rebuild odzyska jego dokumenty do nowego pliku)</translation>
    </message>
    <message>
        <source>reading the last passage</source>
        <translation>odczyt ostatniego fragmentu</translation>
    </message>
    <message>
        <source>starting a document&apos;s savepoint</source>
        <translation>rozpoczęcie punktu zapisu dokumentu</translation>
    </message>
    <message>
        <source>ending a document&apos;s savepoint</source>
        <translation>zakończenie punktu zapisu dokumentu</translation>
    </message>
    <message>
        <source>reading documents&apos; titles</source>
        <translation>odczyt tytułów dokumentów</translation>
    </message>
    <message>
        <source>the Qt driver for %1 is not installed (Debian package %2)</source>
        <translation>sterownik Qt dla %1 nie jest zainstalowany (pakiet Debiana %2)</translation>
    </message>
    <message>
        <source>cannot connect to the database %1: %2</source>
        <translation>nie można połączyć się z bazą danych %1: %2</translation>
    </message>
    <message>
        <source>cannot set up the connection to %1: %2</source>
        <translation>nie można przygotować połączenia z %1: %2</translation>
    </message>
    <message>
        <source>starting the write transaction</source>
        <translation>rozpoczęcie transakcji zapisu</translation>
    </message>
    <message>
        <source>telling other clients of the change</source>
        <translation>powiadomienie innych klientów o zmianie</translation>
    </message>
    <message>
        <source>cannot update the database to schema version %1 (%2): %3</source>
        <translation>nie można zaktualizować bazy danych do wersji schematu %1 (%2): %3</translation>
    </message>
    <message>
        <source>the search</source>
        <translation>wyszukiwanie</translation>
    </message>
    <message>
        <source>emptying the target</source>
        <translation>opróżnienie bazy docelowej</translation>
    </message>
    <message>
        <source>reading the source</source>
        <translation>odczyt bazy źródłowej</translation>
    </message>
    <message>
        <source>continuing the numbering</source>
        <translation>kontynuacja numeracji</translation>
    </message>
    <message>
        <source>indexing the passages for search</source>
        <translation>indeksowanie fragmentów do wyszukiwania</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a search the index understands (%2). Put words in double quotes to search for them exactly as written.</source>
        <translation>Indeks nie rozumie wyszukiwania &quot;%1&quot; (%2). Ujmij słowa w cudzysłów, aby wyszukać je dokładnie tak, jak zostały zapisane.</translation>
    </message>
    <message>
        <source>no database was named</source>
        <translation>nie wskazano bazy danych</translation>
    </message>
    <message>
        <source>%1 is not a database address (postgresql://user@host:port/database)</source>
        <translation>%1 nie jest adresem bazy danych (postgresql://użytkownik@host:port/baza)</translation>
    </message>
    <message>
        <source>a database address must not hold a password: put it in ~/.pgpass or PGPASSWORD, or type it when the window asks</source>
        <translation>adres bazy danych nie może zawierać hasła: zapisz je w ~/.pgpass lub PGPASSWORD albo wpisz, gdy okno o nie poprosi</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one PostgreSQL knows (%2)</source>
        <translation>PostgreSQL nie zna sslmode=%1 (%2)</translation>
    </message>
    <message>
        <source>the address %1 names no database</source>
        <translation>adres %1 nie wskazuje bazy danych</translation>
    </message>
    <message>
        <source>an observation names the indicator %1, which the document does not define</source>
        <translation>wartość wskazuje wskaźnik %1, którego dokument nie definiuje</translation>
    </message>
    <message>
        <source>a quotation mark is not closed</source>
        <translation>cudzysłów nie jest zamknięty</translation>
    </message>
    <message>
        <source>a bracket is not matched</source>
        <translation>nawias nie ma pary</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read there</source>
        <translation>&quot;%1&quot; nie może stać w tym miejscu</translation>
    </message>
    <message>
        <source>there is no word to search for</source>
        <translation>brak słowa do wyszukania</translation>
    </message>
    <message>
        <source>an operator has nothing after it</source>
        <translation>po operatorze nic nie ma</translation>
    </message>
    <message>
        <source>%1 passages are missing from the search index</source>
        <translation>w indeksie wyszukiwania brakuje %1 fragmentów</translation>
    </message>
    <message>
        <source>the database %1 is read-only; nothing can be copied into it</source>
        <translation>baza danych %1 jest tylko do odczytu; nie można do niej nic skopiować</translation>
    </message>
    <message>
        <source>the database %1 already holds documents; copy into a new or empty database</source>
        <translation>baza danych %1 zawiera już dokumenty; kopiuj do nowej lub pustej bazy</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 wierszy</translation>
    </message>
    <message>
        <source>%1: %2 rows copied of %3</source>
        <translation>%1: skopiowano %2 z %3 wierszy</translation>
    </message>
    <message>
        <source>the copy in %1 does not hold every row of %2</source>
        <translation>kopia w %1 nie zawiera wszystkich wierszy z %2</translation>
    </message>
    <message>
        <source>reading who decided on grades</source>
        <translation>odczyt, kto zdecydował o ocenach</translation>
    </message>
    <message>
        <source>preparing the document hash lookup</source>
        <translation>przygotowanie wyszukiwania skrótu dokumentu</translation>
    </message>
    <message>
        <source>the document hash lookup</source>
        <translation>wyszukiwanie skrótu dokumentu</translation>
    </message>
    <message>
        <source>preparing the page lookup</source>
        <translation>przygotowanie wyszukiwania strony</translation>
    </message>
    <message>
        <source>the page lookup</source>
        <translation>wyszukiwanie strony</translation>
    </message>
    <message>
        <source>%1 failed: the connection to the database server was lost (nothing is left half-written); try again when the server answers</source>
        <translation>%1 nie powiodło się: połączenie z serwerem bazy danych zostało przerwane (nic nie zostało zapisane w połowie); spróbuj ponownie, gdy serwer odpowie</translation>
    </message>
    <message>
        <source>the address %1 holds characters that cannot be kept as they were typed</source>
        <translation>adres %1 zawiera znaki, których nie można zachować tak, jak je wpisano</translation>
    </message>
</context>
<context>
    <name>SubjectAuthority</name>
    <message>
        <source>the document is addressed to or about more than one authority (%1)</source>
        <translation>dokument jest skierowany do więcej niż jednego samorządu lub dotyczy więcej niż jednego (%1)</translation>
    </message>
    <message>
        <source>named in the subject line</source>
        <translation>wskazany w temacie</translation>
    </message>
    <message>
        <source>named in the addressee block</source>
        <translation>wskazany w bloku adresata</translation>
    </message>
    <message>
        <source>the letter is addressed to &quot;%1&quot;, which is not in the register of English authorities; nearest names: %2</source>
        <translation>list jest skierowany do „%1”, którego nie ma w rejestrze samorządów angielskich; najbliższe nazwy: %2</translation>
    </message>
    <message>
        <source>named in the document&apos;s header</source>
        <translation>wskazany w nagłówku dokumentu</translation>
    </message>
    <message>
        <source>named in the document&apos;s title</source>
        <translation>wskazany w tytule dokumentu</translation>
    </message>
    <message>
        <source>the document&apos;s header names more than one authority (%1)</source>
        <translation>nagłówek dokumentu wskazuje więcej niż jeden samorząd (%1)</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>No outcome grades in the loaded documents.</source>
        <translation>Brak ocen rezultatów we wczytanych dokumentach.</translation>
    </message>
    <message>
        <source>Produced %1 by csdash</source>
        <translation>Wygenerowano %1 przez csdash</translation>
    </message>
    <message>
        <source>Grades</source>
        <translation>Oceny</translation>
    </message>
    <message>
        <source>4 outstanding or performs excellently; 3 good or performs well; 2 adequate or performs adequately; 1 inadequate or performs poorly. – means no grade in the loaded documents.</source>
        <translation>4 wybitna lub działa znakomicie; 3 dobra lub działa dobrze; 2 wystarczająca lub działa wystarczająco; 1 niewystarczająca lub działa słabo. – oznacza brak oceny we wczytanych dokumentach.</translation>
    </message>
    <message>
        <source>Key areas for improvement in each authority&apos;s latest letter</source>
        <translation>Główne obszary do poprawy w najnowszym liście każdego samorządu</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>Dokumenty źródłowe</translation>
    </message>
    <message>
        <source>the report could not be drawn on this device</source>
        <translation>nie udało się narysować raportu na tym urządzeniu</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>%1: a summary is written as PDF; name the file .pdf</source>
        <translation>%1: podsumowanie zapisuje się jako PDF; nadaj plikowi rozszerzenie .pdf</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: nie można zapisać: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Headline grade, %1–%2</source>
        <translation>Ocena główna, %1–%2</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <source>Assessed %1</source>
        <translation>Ocena z %1 r.</translation>
    </message>
    <message>
        <source>no assessment letter loaded.</source>
        <translation>nie wczytano listu z oceną.</translation>
    </message>
    <message>
        <source>No areas for improvement were read from this letter.</source>
        <translation>Z tego listu nie odczytano obszarów do poprawy.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Outcome grades by year of assessment</source>
        <translation>Oceny rezultatów według roku oceny</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: nie można zapisać: %2</translation>
    </message>
</context>
<context>
    <name>TopicGroupProxyModel</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Other indicators</source>
        <translation>Inne wskaźniki</translation>
    </message>
</context>
<context>
    <name>ValueFormat</name>
    <message>
        <source>%1 (financial year %2)</source>
        <translation>%1 (rok budżetowy %2)</translation>
    </message>
    <message>
        <source>%1 (academic year %2)</source>
        <translation>%1 (rok szkolny %2)</translation>
    </message>
    <message>
        <source>%1 (financial year)</source>
        <translation>%1 (rok budżetowy)</translation>
    </message>
    <message>
        <source>%1 (academic year)</source>
        <translation>%1 (rok szkolny)</translation>
    </message>
    <message>
        <source>%1 (financial years)</source>
        <translation>%1 (lata budżetowe)</translation>
    </message>
    <message>
        <source>%1 (academic years)</source>
        <translation>%1 (lata szkolne)</translation>
    </message>
</context>
<context>
    <name>WideTableParser</name>
    <message>
        <source>ignored</source>
        <translation>pominięta</translation>
    </message>
    <message>
        <source>DfE LA number</source>
        <translation>numer władz lokalnych DfE</translation>
    </message>
    <message>
        <source>ONS area code</source>
        <translation>kod obszaru ONS</translation>
    </message>
    <message>
        <source>authority name</source>
        <translation>nazwa władz lokalnych</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>geographic level</source>
        <translation>poziom geograficzny</translation>
    </message>
    <message>
        <source>period</source>
        <translation>okres</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>miara</translation>
    </message>
    <message>
        <source>breakdown</source>
        <translation>podział</translation>
    </message>
    <message>
        <source>Layout: wide statistics table (one row per authority and breakdown, measures as columns)</source>
        <translation>Układ: szeroka tabela statystyczna (jeden wiersz na władze lokalne i podział, miary w kolumnach)</translation>
    </message>
    <message>
        <source>measure, not imported</source>
        <translation>miara, niezaimportowana</translation>
    </message>
    <message>
        <source>breakdown, keeping %1</source>
        <translation>podział, zachowane: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1”: %2</translation>
    </message>
    <message>
        <source>has %1 fields where the header has %2</source>
        <translation>ma %1 pól, a nagłówek ma %2</translation>
    </message>
    <message>
        <source>the area &quot;%1&quot; is not in the register of English authorities</source>
        <translation>obszaru „%1” nie ma w rejestrze angielskich władz lokalnych</translation>
    </message>
    <message>
        <source>the period &quot;%1&quot; cannot be read</source>
        <translation>nie można odczytać okresu „%1”</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; of %2 is not a number or a missing-value marker</source>
        <translation>wartość „%1” w kolumnie %2 nie jest liczbą ani znacznikiem braku danych</translation>
    </message>
    <message>
        <source>%1: every area&apos;s figure is 0 in %2; kept as not published</source>
        <translation>%1: wartość każdego obszaru w %2 wynosi 0; zachowano jako nieopublikowane</translation>
    </message>
    <message>
        <source>Areas matched: %L1 rows by DfE number, %L2 by ONS code, %L3 by name, %L4 regions or England</source>
        <translation>Dopasowane obszary: %L1 wierszy po numerze DfE, %L2 po kodzie ONS, %L3 po nazwie, %L4 regiony lub Anglia</translation>
    </message>
    <message>
        <source>%L1 rows of other breakdowns left aside</source>
        <translation>Pominięto %L1 wierszy innych podziałów</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>the workbook is password-protected; open it in Excel, remove the password (File, Info, Protect Workbook) and save it again, then import that copy</source>
        <translation>skoroszyt jest chroniony hasłem; otwórz go w Excelu, usuń hasło (Plik, Informacje, Chroń skoroszyt) i zapisz go ponownie, a potem zaimportuj tę kopię</translation>
    </message>
    <message>
        <source>it is an Office 97-2003 file (such as an .xls workbook), which this program does not read; save it in Excel as an .xlsx workbook or as CSV and import that</source>
        <translation>to plik Office 97-2003 (np. skoroszyt .xls), którego ten program nie czyta; zapisz go w Excelu jako skoroszyt .xlsx lub jako CSV i zaimportuj ten plik</translation>
    </message>
    <message>
        <source>it is not an Excel workbook (it does not start as a ZIP archive)</source>
        <translation>to nie jest skoroszyt Excela (nie zaczyna się jak archiwum ZIP)</translation>
    </message>
    <message>
        <source>the workbook is damaged or cut short: its ZIP directory cannot be read (error %1)</source>
        <translation>skoroszyt jest uszkodzony lub ucięty: nie można odczytać jego katalogu ZIP (błąd %1)</translation>
    </message>
    <message>
        <source>it is a Word document, not an Excel workbook</source>
        <translation>to dokument Worda, a nie skoroszyt Excela</translation>
    </message>
    <message>
        <source>it is a PowerPoint presentation, not an Excel workbook</source>
        <translation>to prezentacja PowerPoint, a nie skoroszyt Excela</translation>
    </message>
    <message>
        <source>it is an OpenDocument file; save it as an .xlsx workbook or as CSV and import that</source>
        <translation>to plik OpenDocument; zapisz go jako skoroszyt .xlsx lub jako CSV i zaimportuj ten plik</translation>
    </message>
    <message>
        <source>it is a ZIP archive but not an Excel workbook (it holds no xl/workbook.xml)</source>
        <translation>to archiwum ZIP, ale nie skoroszyt Excela (nie zawiera xl/workbook.xml)</translation>
    </message>
    <message>
        <source>the workbook holds no worksheets</source>
        <translation>skoroszyt nie zawiera arkuszy</translation>
    </message>
    <message>
        <source>the workbook is incomplete: it lacks its part %1</source>
        <translation>skoroszyt jest niekompletny: brakuje jego części %1</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 is %2 MB of XML, more than the %3 MB this program reads</source>
        <translation>część skoroszytu %1 to %2 MB XML, więcej niż %3 MB, które czyta ten program</translation>
    </message>
    <message>
        <source>the workbook is damaged: its part %1 cannot be opened (error %2)</source>
        <translation>skoroszyt jest uszkodzony: nie można otworzyć jego części %1 (błąd %2)</translation>
    </message>
    <message>
        <source>the workbook&apos;s part %1 inflates to more than %2 MB; it is not a sheet this program reads (it may be a ZIP bomb)</source>
        <translation>część skoroszytu %1 rozpakowuje się do ponad %2 MB; to nie jest arkusz, który czyta ten program (może to być bomba ZIP)</translation>
    </message>
    <message>
        <source>the workbook is damaged: its part %1 cannot be inflated (error %2)</source>
        <translation>skoroszyt jest uszkodzony: nie można rozpakować jego części %1 (błąd %2)</translation>
    </message>
    <message>
        <source>the workbook is damaged: its part %1 is not well-formed XML (line %2: %3)</source>
        <translation>skoroszyt jest uszkodzony: jego część %1 nie jest poprawnym XML (wiersz %2: %3)</translation>
    </message>
    <message>
        <source>the workbook is damaged: its part %1 fails its checksum</source>
        <translation>skoroszyt jest uszkodzony: jego część %1 ma błędną sumę kontrolną</translation>
    </message>
    <message>
        <source>the workbook is not open</source>
        <translation>skoroszyt nie jest otwarty</translation>
    </message>
    <message>
        <source>the workbook has no sheet number %1</source>
        <translation>skoroszyt nie ma arkusza numer %1</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is damaged: row %2 follows row %3</source>
        <translation>arkusz „%1” jest uszkodzony: wiersz %2 następuje po wierszu %3</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is damaged: cell %2 in row %3 is out of order</source>
        <translation>arkusz „%1” jest uszkodzony: komórka %2 w wierszu %3 jest poza kolejnością</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; holds more than %2 million characters of cells, more than this program reads</source>
        <translation>arkusz „%1” zawiera ponad %2 mln znaków w komórkach, więcej niż czyta ten program</translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: nie można zapisać: %2</translation>
    </message>
    <message>
        <source>no temporary folder: %1</source>
        <translation>brak folderu tymczasowego: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Samorządy</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Lata</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Wygenerowano</translation>
    </message>
</context>
<context>
    <name>YearChooser</name>
    <message>
        <source>All years</source>
        <translation>Wszystkie lata</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Rok:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Nie można otworzyć bazy danych</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Uszkodzona baza danych</translation>
    </message>
    <message>
        <source>&amp;Rebuild into a new file</source>
        <translation>&amp;Odbuduj w nowym pliku</translation>
    </message>
    <message>
        <source>The damaged file is kept as a backup beside the new one.</source>
        <translation>Uszkodzony plik zostaje zachowany jako kopia zapasowa obok nowego.</translation>
    </message>
    <message>
        <source>Rebuild failed</source>
        <translation>Odbudowa nie powiodła się</translation>
    </message>
    <message>
        <source>Database rebuilt</source>
        <translation>Baza danych odbudowana</translation>
    </message>
    <message>
        <source>Bundled documents</source>
        <translation>Dołączone dokumenty</translation>
    </message>
</context>
</TS>
