<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>AnnualLetterParser</name>
    <message>
        <location filename="../models/import/AnnualLetterParser.cpp" line="73"/>
        <source>the letter does not say which year its rating or assessment is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/AnnualLetterParser.cpp" line="77"/>
        <source>the letter gives a %1 grade, outside the years 2005-2011 the importer reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/AnnualLetterParser.cpp" line="94"/>
        <source>line %1 states the grade (%2), outside the 1-4 scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/AnnualLetterParser.cpp" line="100"/>
        <source>line %1 says &quot;%2&quot;, which is grade %3, but gives the number %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/AnnualLetterParser.cpp" line="111"/>
        <source>no grade stated as &quot;Performs ... (n)&quot; was found in the letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApaLetterParser</name>
    <message>
        <location filename="../models/import/ApaLetterParser.cpp" line="211"/>
        <source>the letter does not say which year&apos;s annual performance assessment it reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/ApaLetterParser.cpp" line="215"/>
        <source>the letter reports a %1 assessment, outside the years 2005-2011 the importer reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/ApaLetterParser.cpp" line="290"/>
        <source>the %1 section states its judgement unclearly; it was left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <location filename="../models/domain/Area.cpp" line="13"/>
        <source>Overall effectiveness of children&apos;s services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Area.cpp" line="14"/>
        <source>Capacity to improve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Area.cpp" line="15"/>
        <source>Social care services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Area.cpp" line="16"/>
        <source>Being healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Area.cpp" line="17"/>
        <source>Staying safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Area.cpp" line="18"/>
        <source>Enjoying and achieving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Area.cpp" line="19"/>
        <source>Making a positive contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Area.cpp" line="20"/>
        <source>Achieving economic well-being</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Area.cpp" line="21"/>
        <source>Management of children&apos;s services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Area.cpp" line="22"/>
        <source>Safeguarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Area.cpp" line="23"/>
        <source>Looked after children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Area.cpp" line="24"/>
        <source>Learning difficulties and/or disabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Area.cpp" line="25"/>
        <source>Service management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Area.cpp" line="26"/>
        <source>Capacity to improve (JAR)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorityRegister</name>
    <message>
        <location filename="../models/import/AuthorityRegister.cpp" line="31"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/AuthorityRegister.cpp" line="70"/>
        <source>the authority register is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundledCorpus</name>
    <message>
        <location filename="../models/import/BundledCorpus.cpp" line="27"/>
        <location filename="../models/import/BundledCorpus.cpp" line="32"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellValueParser</name>
    <message>
        <location filename="../models/import/CellValueParser.cpp" line="258"/>
        <source>no figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/CellValueParser.cpp" line="267"/>
        <source>several values or unrecognised text; kept as written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="216"/>
        <source>Children&apos;s Services Dashboard: Ofsted grades and indicators, with their sources.

Commands:
  import FILE...     import letters, reports and plan reviews
  list WHAT          list judgements, findings, indicators, observations or documents
  search QUERY       search the text of every document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="225"/>
        <source>Use the database at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="225"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="227"/>
        <source>Create a new database without the bundled documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="229"/>
        <source>Only this authority (name, alias or LA number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="229"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="230"/>
        <source>Output format: tsv, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="231"/>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="233"/>
        <source>import, list or search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="240"/>
        <source>csdash: unknown format &quot;%1&quot;; use tsv, csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="250"/>
        <source>csdash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="254"/>
        <source>csdash: a bundled document could not be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="266"/>
        <source>csdash search: give the words to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="271"/>
        <source>csdash: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouncilReportParser</name>
    <message>
        <location filename="../models/import/CouncilReportParser.cpp" line="82"/>
        <source>the grade table at line %1 does not say whether it holds APA or JAR grades; it was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/CouncilReportParser.cpp" line="92"/>
        <source>the grade table at line %1 does not say clearly which year its grades are for; it was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/CouncilReportParser.cpp" line="99"/>
        <source>the grade table at line %1 is for %2, outside the years 2005-2011 the importer reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/CouncilReportParser.cpp" line="113"/>
        <source>line %1 names no known area (&quot;%2&quot;); it was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/CouncilReportParser.cpp" line="126"/>
        <source>no grade table with a legend was found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../app/DatabaseOpener.cpp" line="25"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="136"/>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="140"/>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="144"/>
        <source>the file is %1 MB, larger than the %2 MB a letter or report can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="151"/>
        <location filename="../models/import/DocumentImporter.cpp" line="156"/>
        <source>the file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="189"/>
        <source>it reads as a %1, but names no English authority it is addressed to or about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="194"/>
        <source>it is dated %1, outside the years 2005-2011 the importers read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="226"/>
        <source>the file holds no readable text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="231"/>
        <source>no grades or indicator values were found; its text was kept for search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="232"/>
        <source>not a known kind of letter or report; no grades were found, its text was kept for search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <location filename="../models/domain/Document.cpp" line="38"/>
        <source>APA letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Document.cpp" line="40"/>
        <source>Annual rating letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Document.cpp" line="42"/>
        <source>Annual assessment letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Document.cpp" line="44"/>
        <source>Council report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Document.cpp" line="46"/>
        <source>Plan review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Document.cpp" line="50"/>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <location filename="../models/domain/Finding.cpp" line="31"/>
        <source>Key strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Finding.cpp" line="33"/>
        <source>Area for improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Finding.cpp" line="35"/>
        <source>Area for further development</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Framework</name>
    <message>
        <location filename="../models/domain/Framework.cpp" line="36"/>
        <source>Annual performance assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Framework.cpp" line="38"/>
        <source>Joint area review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Framework.cpp" line="40"/>
        <source>Annual rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Framework.cpp" line="42"/>
        <source>Annual assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Framework.cpp" line="46"/>
        <source>Unknown framework</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradeVocabulary</name>
    <message>
        <location filename="../models/import/GradeVocabulary.cpp" line="43"/>
        <source>the grade vocabulary is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JudgementChecks</name>
    <message>
        <location filename="../models/import/JudgementChecks.cpp" line="35"/>
        <source>line %1 gives %2 the grade %3, outside the 1-4 scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/JudgementChecks.cpp" line="46"/>
        <source>the document contradicts itself: %1 is graded %2 on line %3 and %4 on line %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JudgementTableModel</name>
    <message>
        <location filename="../models/itemmodels/JudgementTableModel.cpp" line="49"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/JudgementTableModel.cpp" line="83"/>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/JudgementTableModel.cpp" line="85"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/JudgementTableModel.cpp" line="87"/>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/JudgementTableModel.cpp" line="89"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/JudgementTableModel.cpp" line="91"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/JudgementTableModel.cpp" line="93"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JudgementTableView</name>
    <message>
        <location filename="../widgets/JudgementTableView.cpp" line="15"/>
        <source>Judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/JudgementTableView.cpp" line="16"/>
        <source>Every grade read from the documents, with the sentence it came from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="20"/>
        <source>Children&apos;s Services Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="28"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="29"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="46"/>
        <source>%n judgement(s) from %1 document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Observation</name>
    <message>
        <location filename="../models/domain/Observation.cpp" line="34"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Observation.cpp" line="36"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Observation.cpp" line="38"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Observation.cpp" line="42"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanReviewParser</name>
    <message>
        <location filename="../models/import/PlanReviewParser.cpp" line="145"/>
        <source>no performance table with indicator and target columns was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/PlanReviewParser.cpp" line="260"/>
        <source>row has %1 cells where the table has %2 columns; kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/PlanReviewParser.cpp" line="278"/>
        <source>the performance table holds no indicator rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceText</name>
    <message>
        <location filename="../models/text/SourceText.cpp" line="106"/>
        <source>the file is larger than %1 MB, too large for a letter or report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/text/SourceText.cpp" line="114"/>
        <source>the file says it is UTF-8 but holds invalid UTF-8 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/text/SourceText.cpp" line="121"/>
        <source>the file says it is UTF-16 but holds invalid UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/text/SourceText.cpp" line="130"/>
        <source>the file looks like UTF-16 but does not decode as UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/text/SourceText.cpp" line="136"/>
        <source>the file is binary (it contains NUL bytes), not a text document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/text/SourceText.cpp" line="148"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/text/SourceText.cpp" line="158"/>
        <source>the file is binary (%1 control characters), not a text document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../models/store/Store.cpp" line="129"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="138"/>
        <source>the Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="145"/>
        <source>cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="151"/>
        <source>%1 is not a usable database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="178"/>
        <source>cannot read the database&apos;s schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="182"/>
        <source>the database was written by a newer csdash (schema version %1; this version reads up to %2); it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="194"/>
        <source>cannot start the migration to schema version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="347"/>
        <source>an observation names the indicator %1, which the document does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="672"/>
        <source>&quot;%1&quot; is not a search the index understands (%2). Put words in double quotes to search for them exactly as written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAuthority</name>
    <message>
        <location filename="../models/import/SubjectAuthority.cpp" line="74"/>
        <source>the document is addressed to or about more than one authority (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/SubjectAuthority.cpp" line="79"/>
        <source>named in the subject line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/SubjectAuthority.cpp" line="80"/>
        <source>named in the addressee block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/SubjectAuthority.cpp" line="100"/>
        <source>the letter is addressed to &quot;%1&quot;, which is not in the register of English authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/SubjectAuthority.cpp" line="110"/>
        <source>named in the document&apos;s header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/SubjectAuthority.cpp" line="125"/>
        <source>named in the document&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/SubjectAuthority.cpp" line="130"/>
        <source>the document&apos;s header names more than one authority (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="23"/>
        <source>Children&apos;s Services Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="27"/>
        <source>Use the database at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="28"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="30"/>
        <source>Create a new database without the bundled documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="39"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="45"/>
        <source>Bundled documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
