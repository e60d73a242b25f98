# Runs csdash as a user would, without a display, and checks what it prints and returns.
# Variables: CSDASH (the executable), CORPUS, DATA (tests/data), WORK (a scratch folder).

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

# The back end under test: SQLite files in WORK, or, when CSDASH_TEST_POSTGRES names the test
# server (the cli_postgresql test), databases made anew on it.
set(server "$ENV{CSDASH_TEST_POSTGRES}")
function(fresh_database out_var name)
    if(server)
        execute_process(COMMAND psql -X -q -v ON_ERROR_STOP=1 -d "${server}/postgres"
                -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS cli_${name} WITH (FORCE)"
                -c "CREATE DATABASE cli_${name}"
            RESULT_VARIABLE made ERROR_VARIABLE made_err)
        if(NOT made EQUAL 0)
            message(FATAL_ERROR "cannot make the test database cli_${name}: ${made_err}")
        endif()
        set(${out_var} "${server}/cli_${name}" PARENT_SCOPE)
    else()
        file(REMOVE "${WORK}/${name}.sqlite" "${WORK}/${name}.sqlite-wal" "${WORK}/${name}.sqlite-shm")
        set(${out_var} "${WORK}/${name}.sqlite" PARENT_SCOPE)
    endif()
endfunction()

fresh_database(cli_db cli)
set(db "${cli_db}")
set(ENV{QT_QPA_PLATFORM} "offscreen")
# English unless a check below asks for another language.
unset(ENV{LC_ALL})
unset(ENV{LC_MESSAGES})
unset(ENV{LANGUAGE})
set(ENV{LANG} "C")

function(csdash expected_result out_var)
    execute_process(COMMAND "${CSDASH}" --database "${db}" ${ARGN}
        RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
    if(expected_result STREQUAL "ok" AND NOT result EQUAL 0)
        message(FATAL_ERROR "csdash ${ARGN} failed (${result}):\n${out}\n${err}")
    elseif(expected_result STREQUAL "fail" AND result EQUAL 0)
        message(FATAL_ERROR "csdash ${ARGN} should have failed:\n${out}\n${err}")
    endif()
    set(${out_var} "${out}${err}" PARENT_SCOPE)
endfunction()

function(expect_contains text needle)
    string(FIND "${text}" "${needle}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "expected to find '${needle}' in:\n${text}")
    endif()
endfunction()

function(expect_lacks text needle)
    string(FIND "${text}" "${needle}" at)
    if(NOT at EQUAL -1)
        message(FATAL_ERROR "did not expect '${needle}' in:\n${text}")
    endif()
endfunction()

function(count_lines text out_var)
    string(REGEX MATCHALL "\n" newlines "${text}")
    list(LENGTH newlines n)
    set(${out_var} ${n} PARENT_SCOPE)
endfunction()

# A new database is seeded with the bundled documents.
csdash(ok judgements list judgements)
count_lines("${judgements}" lines)
if(NOT lines EQUAL 23)
    message(FATAL_ERROR "expected a header and 22 judgements, got ${lines} lines:\n${judgements}")
endif()
expect_contains("${judgements}" "authority\tyear\tframework\tarea\tgrade\tlabel\tdocument\tevidence")
expect_contains("${judgements}" "Leicestershire\t2009\trating-2009\tOverall effectiveness of children's services\t3\tPerforms well")
expect_contains("${judgements}" "The contribution the council's services make to improving outcomes in this area is adequate.")
expect_contains("${judgements}" "Leicester\t2008\tJAR\tSafeguarding\t3\tgood")

# ... and with the published figures, read back as they were imported (the FSM breakdowns too).
csdash(ok seeded_check check)
csdash(ok seeded_docs list documents)
expect_contains("${seeded_docs}" "Department for Education")
# Each document says who imported it and when: the database user on a server, the login on a file.
expect_contains("${seeded_docs}" "\tsource\timported_by\timported_at\n")
if(server)
    string(REGEX REPLACE "^postgresql://([^@]+)@.*" "\\1" importer "${server}")
else()
    execute_process(COMMAND id -un OUTPUT_VARIABLE importer OUTPUT_STRIP_TRAILING_WHITESPACE)
endif()
if(NOT seeded_docs MATCHES "\t${importer}\t20[0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-9:]+Z\n")
    message(FATAL_ERROR "expected documents imported by ${importer}, with the time:\n${seeded_docs}")
endif()

# A listing piped into a reader that stops early ("| head") ends as a finished program, not one
# killed by the closed pipe: the file is left marked as closed, and the next open does not check
# the whole of it as after a crash.
if(NOT server)
    execute_process(COMMAND "${CSDASH}" --database "${db}" list observations COMMAND true
        RESULTS_VARIABLE piped_results ERROR_VARIABLE piped_err TIMEOUT 120)
    list(GET piped_results 0 piped_result)
    if(NOT piped_result MATCHES "^[0-9]+$")
        message(FATAL_ERROR "csdash list into a closed pipe ended so: ${piped_result}\n${piped_err}")
    endif()
    if(EXISTS "${db}.open")
        message(FATAL_ERROR "csdash list into a closed pipe left the file marked as open")
    endif()
endif()

# Importing the bundled files again adds nothing.
file(GLOB corpus "${CORPUS}/*.txt")
csdash(ok again import ${corpus})
expect_contains("${again}" "already imported")
csdash(ok judgements_after list judgements)
if(NOT judgements_after STREQUAL judgements)
    message(FATAL_ERROR "re-import changed the judgements")
endif()

# Observations from the plan review, with periods.
csdash(ok observations list observations --authority Leicestershire)
expect_contains("${observations}" "NI 53\tPrevalence of breastfeeding")
expect_contains("${observations}" "result\tQtr 4 09/10\t42.5\t42.5% Qtr 4 09/10")

# A file that is not a letter: a clear message naming it, a non-zero exit, nothing changed.
file(WRITE "${WORK}/empty.txt" "")
csdash(fail bad import "${WORK}/empty.txt" "${DATA}/variants/contradiction.txt")
expect_contains("${bad}" "${WORK}/empty.txt: error: the file is empty")
expect_contains("${bad}" "contradiction.txt: error: the document contradicts itself")
csdash(ok judgements_after_bad list judgements)
if(NOT judgements_after_bad STREQUAL judgements)
    message(FATAL_ERROR "a failed import changed the judgements")
endif()

# Another council's letter imports with its counts.
csdash(ok camden import "${DATA}/variants/assessment-2010-camden.txt")
expect_contains("${camden}" "imported Annual assessment letter for Camden: 1 judgements, 2 findings")
csdash(ok camden_json list judgements --authority Camden --format json)
expect_contains("${camden_json}" "\"label\": \"Performs excellently\"")

# A letter printed to PDF imports with its page count, and each grade names its page; a text
# file's grades name none.
execute_process(COMMAND "${MAKE_PDF}" --header "OFFICIAL" "${DATA}/variants/apa-2007-derbyshire.txt"
    "${WORK}/derbyshire.pdf" RESULT_VARIABLE made)
if(NOT made EQUAL 0)
    message(FATAL_ERROR "make_test_pdf failed (${made})")
endif()
csdash(ok derbyshire import "${WORK}/derbyshire.pdf")
expect_contains("${derbyshire}" "imported APA letter for Derbyshire:")
if(NOT derbyshire MATCHES "\\(PDF, pages: [0-9]+\\)")
    message(FATAL_ERROR "the import line gives no page count:\n${derbyshire}")
endif()
csdash(ok derbyshire_csv list judgements --authority Derbyshire --format csv)
expect_contains("${derbyshire_csv}" "document,evidence,page")
if(NOT derbyshire_csv MATCHES ",[1-9],letter\n")
    message(FATAL_ERROR "the PDF's grades name no page:\n${derbyshire_csv}")
endif()
csdash(ok camden_csv list judgements --authority Camden --format csv)
if(NOT camden_csv MATCHES ",,letter\n")
    message(FATAL_ERROR "a text file's grades should name no page:\n${camden_csv}")
endif()
csdash(ok after_pdf_check check)

# CSV quotes fields with commas.
csdash(ok csv list findings --authority Leicester --format csv)
expect_contains("${csv}" "authority,year,framework,area,kind,text,document")

# Search, and a malformed query.
csdash(ok hits search safeguarding)
expect_contains("${hits}" "[safeguarding]")
csdash(fail malformed search "\"unbalanced")
expect_contains("${malformed}" "is not a search the index understands")

# An empty database stays empty.
fresh_database(db empty)
csdash(ok none --empty list documents)
count_lines("${none}" lines)
if(NOT lines EQUAL 1)
    message(FATAL_ERROR "an --empty database should hold no documents:\n${none}")
endif()

# Charts and the summary from the command line, without a display.
set(db "${cli_db}")
unset(ENV{DISPLAY})
unset(ENV{WAYLAND_DISPLAY})
unset(ENV{QT_QPA_PLATFORM}) # csdash must choose offscreen itself
csdash(ok chart export-chart --chart timeline --format tsv -o "${WORK}/timeline.png" --width 640 --height 400 --dpi 150)
expect_contains("${chart}" "timeline.png: written")
if(NOT EXISTS "${WORK}/timeline.png")
    message(FATAL_ERROR "export-chart wrote no file")
endif()
csdash(ok svg export-chart --chart indicator:NI53 -o "${WORK}/ni53.svg" --authority Leicestershire)
file(READ "${WORK}/ni53.svg" svg)
expect_contains("${svg}" "Prevalence of breastfeeding")
# The map of the headline grades: its title and context come from the map, Leicester outlined.
csdash(ok map export-chart --chart map:grades:2008 -o "${WORK}/map.svg")
file(READ "${WORK}/map.svg" mapsvg)
expect_contains("${mapsvg}" "Headline Ofsted grade, 2008")
expect_contains("${mapsvg}" "Outlined: Leicester")
# Exports say what they wrote and nothing of the platform they were drawn on.
foreach(output chart svg map)
    expect_lacks("${${output}}" "propagateSizeHints")
endforeach()
csdash(ok outcomes_pdf export-chart --chart outcomes -o "${WORK}/outcomes.pdf")
expect_lacks("${outcomes_pdf}" "propagateSizeHints")
csdash(fail mapyear export-chart --chart map:grades:1999 -o "${WORK}/map1999.png")
expect_contains("${mapyear}" "has no values for 1999")
csdash(fail badsuffix export-chart --chart timeline -o "${WORK}/timeline.gif")
expect_contains("${badsuffix}" "unknown file type")
if(EXISTS "${WORK}/timeline.gif")
    message(FATAL_ERROR "a failed export left a file")
endif()
csdash(fail badchart export-chart --chart pie -o "${WORK}/pie.png")
expect_contains("${badchart}" "unknown chart")
csdash(ok report report -o "${WORK}/summary.pdf" --authority "Leicester City Council" --authority Leicestershire)
expect_lacks("${report}" "propagateSizeHints")
if(NOT EXISTS "${WORK}/summary.pdf")
    message(FATAL_ERROR "report wrote no file")
endif()

# In a Polish locale, help, messages, area names and grade words are in Polish; the documents'
# words (the evidence) are not.
set(ENV{LANG} "pl_PL.UTF-8")
csdash(ok help_pl --help)
expect_contains("${help_pl}" "Polecenia:")
expect_contains("${help_pl}" "Pokaż tę pomoc i zakończ.")
expect_contains("${help_pl}" "Użyj bazy danych w <ścieżka>: pliku SQLite")
csdash(fail list_pl list nonsense)
expect_contains("${list_pl}" "csdash list: wybierz judgements, candidates, findings, indicators, observations, neighbours lub documents")
csdash(ok judgements_pl list judgements --authority Leicestershire)
expect_contains("${judgements_pl}" "Leicestershire\t2006\tAPA\tZdrowie\t4\tbardzo dobra\t")
expect_contains("${judgements_pl}" "is very good.")
set(ENV{LANG} "C")
csdash(ok help_en --help)
expect_contains("${help_en}" "Commands:")

# Grades read with too little confidence wait for an officer: listed with their ids, kept out of
# the judgements until accepted; a rejected one stays out.
execute_process(COMMAND "${MAKE_CANDIDATES}" "${db}" RESULT_VARIABLE made ERROR_VARIABLE made_err)
if(NOT made EQUAL 0)
    message(FATAL_ERROR "make_candidates failed: ${made_err}")
endif()
csdash(ok candidates list candidates)
expect_contains("${candidates}" "id\tauthority\tyear\tframework\tarea\tgrade\twords\tconfidence\tsource\tdocument\tsentence")
string(REGEX MATCH "\n([0-9]+)\tLeicester\t2008\tAPA\tOverall[^\t]*\t3\tgood\t0.6\tsecondary\tCouncil news, 2008\tInspectors judged Leicester's services as good in 2008." good_line "${candidates}")
if(NOT good_line)
    message(FATAL_ERROR "no candidate line for the good grade in:\n${candidates}")
endif()
set(good_id "${CMAKE_MATCH_1}")
string(REGEX MATCH "\n([0-9]+)\tLeicester\t2008\tAPA\t[^\t]*\t2\tadequate\t0.4" adequate_line "${candidates}")
set(adequate_id "${CMAKE_MATCH_1}")
csdash(ok candidates_json list candidates --format json)
expect_contains("${candidates_json}" "\"confidence\"")
csdash(ok judgements_before list judgements --authority Leicester)
expect_contains("${judgements_before}" "\tsource")
expect_contains("${judgements_before}" "\tletter")
string(FIND "${judgements_before}" "Council news" before_at)
if(NOT before_at EQUAL -1)
    message(FATAL_ERROR "a grade to review was listed with the judgements:\n${judgements_before}")
endif()
csdash(ok accepted review accept ${good_id})
expect_contains("${accepted}" "accepted Leicester 2008")
csdash(ok rejected review reject ${adequate_id})
expect_contains("${rejected}" "rejected Leicester 2008")
csdash(ok judgements_reviewed list judgements --authority Leicester)
expect_contains("${judgements_reviewed}" "\t3\tgood\tCouncil news, 2008\tInspectors judged Leicester's services as good in 2008.\t\tsecondary")
string(FIND "${judgements_reviewed}" "only adequate" rejected_at)
if(NOT rejected_at EQUAL -1)
    message(FATAL_ERROR "a rejected grade was listed with the judgements:\n${judgements_reviewed}")
endif()
csdash(ok none_left list candidates)
count_lines("${none_left}" none_lines)
if(NOT none_lines EQUAL 1)
    message(FATAL_ERROR "decided grades are still listed as candidates:\n${none_left}")
endif()
csdash(fail unknown_id review accept 999999)
expect_contains("${unknown_id}" "999999 is not the id of a grade waiting for review")
csdash(fail bad_review review maybe 1)
expect_contains("${bad_review}" "give accept, reject or undo")
csdash(ok undone review undo ${good_id})
expect_contains("${undone}" "back for review")
csdash(ok help_review --help)
expect_contains("${help_review}" "review accept ID")
# Undone and decided again, for the checks below (the database is shared).
csdash(ok reaccepted review accept ${good_id})

# A council paper in its own words, read by the grade-statement reader: one grade stated with its
# year, one whose year only the paper's date gives ("the most recent APA" in February 2006), kept to
# review with the reason; accepting it shows it with the other.
set(shared_db "${db}")
fresh_database(db statements)
file(WRITE "${WORK}/gateshead-cabinet.txt" "GATESHEAD COUNCIL\nCabinet - 14 February 2006\n\n"
    "1. The most recent annual performance assessment judged the council's capacity to improve to be good.\n"
    "2. In the 2004 joint area review nothing was graded.\n")
csdash(ok paper --empty import "${WORK}/gateshead-cabinet.txt")
expect_contains("${paper}" "imported Paper or news quoting grades for Gateshead: 1 grade, 1 to review")
csdash(ok paper_candidates list candidates)
string(REGEX MATCH "\n([0-9]+)\tGateshead\t2005\tAPA\tCapacity[^\t]*\t3\tgood\t0.55\tcouncil-paper" paper_line "${paper_candidates}")
if(NOT paper_line)
    message(FATAL_ERROR "no candidate for Gateshead's 2005 capacity grade in:\n${paper_candidates}")
endif()
set(paper_id "${CMAKE_MATCH_1}")
csdash(ok paper_accepted review accept ${paper_id})
csdash(ok paper_judgements list judgements --authority Gateshead)
expect_contains("${paper_judgements}" "Gateshead\t2005\tAPA")
set(db "${shared_db}")

# Without a display the window cannot open: csdash says so and points to the commands.
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
        "${CSDASH}" --database "${db}"
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
if(result EQUAL 0)
    message(FATAL_ERROR "csdash without a display should fail:\n${out}\n${err}")
endif()
expect_contains("${err}" "the window needs a display")

# Excel out and in: a workbook is written only to a file; a listed table written as one imports
# again (into an empty database) through the table path.
csdash(fail xlsx_terminal list observations --format xlsx)
expect_contains("${xlsx_terminal}" "name the file with -o FILE.xlsx")
csdash(ok xlsx_written list observations --authority Leicestershire --format xlsx -o "${WORK}/observations.xlsx")
expect_contains("${xlsx_written}" "observations.xlsx: written")
csdash(ok search_written search outcomes --format xlsx -o "${WORK}/search.xlsx")
if(NOT EXISTS "${WORK}/search.xlsx")
    message(FATAL_ERROR "search --format xlsx wrote no workbook")
endif()
set(listing_db "${db}")
fresh_database(db from_xlsx)
csdash(ok xlsx_imported --empty import "${WORK}/observations.xlsx")
# The listing holds the plan's values and the seeded published figures: every one comes back.
expect_contains("${xlsx_imported}" "imported Indicator data table: 4,503 values")
csdash(ok xlsx_values list observations)
expect_contains("${xlsx_values}" "Leicestershire")
set(db "${listing_db}")

# The whole database copied into a new SQLite file (from the back end under test), and from there
# into a new database of that back end again: the same documents, grades and values each time,
# and each copy checks whole.
# (The grades written straight into the store by make_candidates are not what reading their text
# gives, so check reports that document in the source too: the copies must report the same.)
function(check_output out_var)
    execute_process(COMMAND "${CSDASH}" --database "${db}" check OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 300)
    string(REGEX REPLACE "document [0-9]+ " "document " out "${out}")
    set(${out_var} "${out}" PARENT_SCOPE)
endfunction()
check_output(before_copy_check)
csdash(ok before_copy_judgements list judgements)
csdash(ok before_copy_documents list documents)
csdash(ok before_copy_values list observations --authority Leicestershire)
set(copied "${WORK}/copied.sqlite")
file(REMOVE "${copied}" "${copied}-wal" "${copied}-shm")
execute_process(COMMAND "${CSDASH}" copy --from "${db}" --to "${copied}"
    RESULT_VARIABLE result OUTPUT_VARIABLE copy_out ERROR_VARIABLE copy_err TIMEOUT 300)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "csdash copy failed (${result}):\n${copy_out}\n${copy_err}")
endif()
expect_contains("${copy_out}" "document_file: ")
fresh_database(back copied_back)
execute_process(COMMAND "${CSDASH}" copy --from "${copied}" --to "${back}"
    RESULT_VARIABLE result OUTPUT_VARIABLE back_out ERROR_VARIABLE back_err TIMEOUT 300)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "csdash copy back failed (${result}):\n${back_out}\n${back_err}")
endif()
foreach(copy_db IN ITEMS "${copied}" "${back}")
    set(db "${copy_db}")
    check_output(copy_check)
    if(NOT copy_check STREQUAL before_copy_check)
        message(FATAL_ERROR "check of the copy in ${copy_db} says:\n${copy_check}\nof its source:\n${before_copy_check}")
    endif()
    csdash(ok copy_judgements list judgements)
    csdash(ok copy_documents list documents)
    csdash(ok copy_values list observations --authority Leicestershire)
    if(NOT copy_judgements STREQUAL before_copy_judgements OR NOT copy_documents STREQUAL before_copy_documents
            OR NOT copy_values STREQUAL before_copy_values)
        message(FATAL_ERROR "the copy in ${copy_db} differs from its source")
    endif()
    csdash(ok copy_hits search safeguarding)
    expect_contains("${copy_hits}" "[safeguarding]")
endforeach()
# Into a database that holds documents: refused, and it is left as it was.
execute_process(COMMAND "${CSDASH}" copy --from "${copied}" --to "${back}"
    RESULT_VARIABLE result OUTPUT_VARIABLE refused_out ERROR_VARIABLE refused_err TIMEOUT 300)
if(result EQUAL 0)
    message(FATAL_ERROR "a copy into a database that holds documents should be refused")
endif()
expect_contains("${refused_err}" "already holds documents")
