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
        <location filename="../models/import/ApaLetterParser.cpp" line="63"/>
        <source>the summary row &quot;%1&quot; names no known area; it was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/ApaLetterParser.cpp" line="212"/>
        <source>the letter does not say which year&apos;s annual performance assessment it reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/ApaLetterParser.cpp" line="216"/>
        <source>the letter reports a %1 assessment, outside the years 2005-2011 the importer reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/ApaLetterParser.cpp" line="291"/>
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
    <name>ChartExporter</name>
    <message>
        <location filename="../widgets/ChartExporter.cpp" line="84"/>
        <source>%1: unknown file type &quot;%2&quot;; use .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ChartExporter.cpp" line="89"/>
        <source>%1: a size of %2 x %3 pixels is not one that can be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ChartExporter.cpp" line="97"/>
        <location filename="../widgets/ChartExporter.cpp" line="137"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ChartExporter.cpp" line="133"/>
        <source>%1: the chart could not be drawn into the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <location filename="../app/CommandLine.cpp" line="368"/>
        <source>database: ok, %n document(s) whole</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="427"/>
        <source>Use the database at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="427"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="429"/>
        <source>Create a new database without the bundled documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="431"/>
        <source>Only this authority (name, alias or LA number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="431"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="433"/>
        <source>With list observations: only this indicator (e.g. &quot;NI 53&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="433"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="434"/>
        <source>Output format: tsv, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="435"/>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="438"/>
        <source>With export-chart: timeline, outcomes or indicator:CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="439"/>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="441"/>
        <source>Rebuild a damaged database into a new file, keeping it as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="443"/>
        <source>With export-chart and report: the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="443"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="444"/>
        <source>With export-chart: width in pixels (default 1600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="445"/>
        <location filename="../app/CommandLine.cpp" line="447"/>
        <source>px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="446"/>
        <source>With export-chart: height in pixels (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="448"/>
        <source>With export-chart: resolution recorded in a PNG (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="449"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="452"/>
        <source>import, list, search, export-chart or report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="459"/>
        <source>csdash: unknown format &quot;%1&quot;; use tsv, csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="231"/>
        <location filename="../app/CommandLine.cpp" line="470"/>
        <source>csdash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="80"/>
        <source>csdash: no single authority matches &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="99"/>
        <source>csdash import: name at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="107"/>
        <location filename="../app/CommandLine.cpp" line="151"/>
        <source>%1: error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="116"/>
        <source>%1: imported %2: %3 values (%4 missing) of %5 indicators; %6 rows not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="126"/>
        <source>%1: row %2 not imported: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="133"/>
        <source>%1: imported %2 for %3: %4 judgements, %5 findings, %6 observations, %7 passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="137"/>
        <source>no authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="144"/>
        <source>%1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="147"/>
        <source>%1: already imported; nothing added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="202"/>
        <source>csdash list neighbours: name the authority with --authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="209"/>
        <source>DfE %1 neighbour set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="225"/>
        <source>csdash list: choose judgements, findings, indicators, observations, neighbours or documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="242"/>
        <source>csdash search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="265"/>
        <source>csdash: the database holds no documents for any authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="276"/>
        <source>csdash export-chart: give --chart timeline|outcomes|indicator:CODE and -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="289"/>
        <source>csdash export-chart: --width, --height and --dpi take whole numbers (dpi 36 to 2400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="298"/>
        <location filename="../app/CommandLine.cpp" line="305"/>
        <source>csdash export-chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="301"/>
        <source>Headline grade by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="302"/>
        <source>Outcome grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="303"/>
        <source>Indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="308"/>
        <location filename="../app/CommandLine.cpp" line="325"/>
        <source>%1: written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="316"/>
        <source>csdash report: give -o FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="322"/>
        <source>csdash report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="335"/>
        <source>database: damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="352"/>
        <source>document %1 (%2): incomplete: %3/%4 grades, %5/%6 findings, %7/%8 values, %9/%10 passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="414"/>
        <source>Children&apos;s Services Dashboard: Ofsted grades and indicators, with their sources.

Commands:
  import FILE...     import letters, reports and plan reviews
  list WHAT          list judgements, findings, indicators, observations, neighbours or documents
  search QUERY       search the text of every document
  export-chart       write a chart as PNG, SVG or PDF (--chart, -o)
  report             write the summary report as PDF (-o)
  check              check the database file and that every document is whole

Without a command, csdash opens its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="472"/>
        <source>csdash: run again with --rebuild to rebuild it into a new file, keeping this one as a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="480"/>
        <source>csdash: the rebuild failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="484"/>
        <source>csdash: rebuild: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="487"/>
        <source>csdash: a bundled document could not be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="509"/>
        <source>csdash search: give the words to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="514"/>
        <source>csdash: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonChartView</name>
    <message>
        <location filename="../widgets/ComparisonChartView.cpp" line="39"/>
        <source>Indicator comparison chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonChartView.cpp" line="41"/>
        <source>The compared authorities&apos; values by year, with their statistical neighbours&apos; mean, their region and England</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonChartView.cpp" line="71"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonChartView.cpp" line="131"/>
        <source>%1: neighbours’ mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonChartView.cpp" line="145"/>
        <source>better than England</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonChartView.cpp" line="147"/>
        <source>worse than England</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonChartView.cpp" line="149"/>
        <source>no stated direction, so not judged better or worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonChartView.cpp" line="151"/>
        <source>the same as England</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonChartView.cpp" line="153"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: %3 — rank %4 of %5 (quartile %6; 1 is %7); %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonChartView.cpp" line="159"/>
        <source>the lowest values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonChartView.cpp" line="160"/>
        <source>the highest values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonChartView.cpp" line="164"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: no value in the loaded data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonChartView.cpp" line="167"/>
        <source>England</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonChartView.cpp" line="170"/>
        <source>(no values for the compared authorities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonChartView.cpp" line="188"/>
        <source>Higher is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonChartView.cpp" line="191"/>
        <source>Lower is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonChartView.cpp" line="194"/>
        <source>The data does not say whether higher or lower is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ComparisonChartView.cpp" line="197"/>
        <source>Neighbours are the DfE 2025 statistical neighbour set; ranks are among the local authorities with a value in the loaded data.</source>
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
        <location filename="../app/DatabaseOpener.cpp" line="30"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/DatabaseOpener.cpp" line="75"/>
        <source>cannot move %1 aside to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/DatabaseOpener.cpp" line="80"/>
        <source>the damaged database was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/DatabaseOpener.cpp" line="92"/>
        <source>%1 could not be recovered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/DatabaseOpener.cpp" line="96"/>
        <source>%1 of %2 documents recovered from the damaged file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="140"/>
        <source>it is a symbolic link that leads to no file (or to itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="141"/>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="145"/>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="149"/>
        <source>the file is %1 MB, larger than the %2 MB a letter or report can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="156"/>
        <location filename="../models/import/DocumentImporter.cpp" line="161"/>
        <source>the file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="189"/>
        <source>the table holds no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="190"/>
        <source>no row could be read; row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="202"/>
        <source>Indicator data: %1 values of %2 indicators for %3 authorities, %4–%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="209"/>
        <source>Department for Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="213"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/import/DocumentImporter.cpp" line="218"/>
        <source>%n row(s) were not imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="225"/>
        <source>the file holds %1 million characters and is not a data table this program reads; no letter or report is that long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="233"/>
        <source>it is an HTML web page; save the letter or report as plain text and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="252"/>
        <source>it reads as a letter or report (%1) but names no English authority it is addressed to or about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="258"/>
        <source>it is dated %1, outside the years 2005-2011 the importers read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="294"/>
        <source>the %1 stops before its signature (&quot;Yours sincerely&quot;); it looks cut short, so nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="301"/>
        <source>the file holds no readable text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="306"/>
        <source>no grades or indicator values were found; its text was kept for search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/DocumentImporter.cpp" line="307"/>
        <source>not a known kind of letter or report; no grades were found, its text was kept for search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <location filename="../models/domain/Document.cpp" line="40"/>
        <source>APA letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Document.cpp" line="42"/>
        <source>Annual rating letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Document.cpp" line="44"/>
        <source>Annual assessment letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Document.cpp" line="46"/>
        <source>Council report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Document.cpp" line="48"/>
        <source>Plan review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Document.cpp" line="50"/>
        <source>Indicator data table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain/Document.cpp" line="54"/>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../models/itemmodels/DocumentListModel.cpp" line="60"/>
        <source>%1
Imported from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DocumentListModel.cpp" line="81"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DocumentListModel.cpp" line="83"/>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DocumentListModel.cpp" line="85"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/DocumentListModel.cpp" line="87"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <location filename="../widgets/DocumentReader.cpp" line="25"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/DocumentReader.cpp" line="26"/>
        <source>Document text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/DocumentReader.cpp" line="27"/>
        <source>Find in document (Enter: next, Shift+Enter: previous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/DocumentReader.cpp" line="28"/>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/DocumentReader.cpp" line="72"/>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/DocumentReader.cpp" line="107"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceHtml</name>
    <message>
        <location filename="../widgets/EvidenceHtml.cpp" line="59"/>
        <source>Row %1 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EvidenceHtml.cpp" line="106"/>
        <source>The value&apos;s row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message>
        <location filename="../widgets/EvidencePane.cpp" line="27"/>
        <source>Choose a grade, a chart point or an indicator value to read the text it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EvidencePane.cpp" line="32"/>
        <source>&amp;Open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EvidencePane.cpp" line="33"/>
        <source>Open the whole document at this place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EvidencePane.cpp" line="34"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EvidencePane.cpp" line="36"/>
        <source>The paragraph the chosen grade or value came from, with its sentence highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EvidencePane.cpp" line="44"/>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/EvidencePane.cpp" line="48"/>
        <source>The evidence could not be found in the stored text of this document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportContext</name>
    <message>
        <location filename="../widgets/ExportContext.cpp" line="8"/>
        <source> vs </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ExportContext.cpp" line="11"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportSession</name>
    <message>
        <location filename="../app/ExportSession.cpp" line="65"/>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ExportSession.cpp" line="67"/>
        <source>Source: %1. Grades and values as stated in these documents; csdash links each to its sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ExportSession.cpp" line="69"/>
        <source>no documents loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ExportSession.cpp" line="97"/>
        <source>no indicator &quot;%1&quot; in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ExportSession.cpp" line="117"/>
        <source>unknown chart &quot;%1&quot;; use timeline, outcomes or indicator:CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ExportSession.cpp" line="155"/>
        <source>Children&apos;s services: Ofsted grades compared</source>
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
    <name>FindingListModel</name>
    <message>
        <location filename="../models/itemmodels/FindingListModel.cpp" line="49"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FindingListModel.cpp" line="74"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FindingListModel.cpp" line="76"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/FindingListModel.cpp" line="78"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../widgets/FindingsPanel.cpp" line="38"/>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FindingsPanel.cpp" line="53"/>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FindingsPanel.cpp" line="108"/>
        <source>Findings for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/FindingsPanel.cpp" line="111"/>
        <source>No key strengths or areas for improvement in the loaded letters for this year.</source>
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
    <name>GradeMatrixModel</name>
    <message>
        <location filename="../models/itemmodels/GradeMatrixModel.cpp" line="123"/>
        <source>Overall effectiveness and annual rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GradeMatrixModel.cpp" line="125"/>
        <source>Capacity to improve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GradeMatrixModel.cpp" line="127"/>
        <source>Every Child Matters outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GradeMatrixModel.cpp" line="129"/>
        <source>Social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GradeMatrixModel.cpp" line="131"/>
        <source>Joint area review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GradeMatrixModel.cpp" line="140"/>
        <source>No joint area review of %1 in %2 in the loaded documents. A joint area review was a one-off inspection, held once in each area between 2005 and 2009.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GradeMatrixModel.cpp" line="147"/>
        <source>No 2009 annual rating for %1 in the loaded documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GradeMatrixModel.cpp" line="149"/>
        <source>No 2010 annual assessment for %1 in the loaded documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GradeMatrixModel.cpp" line="150"/>
        <source>No %1 annual performance assessment for %2 in the loaded documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GradeMatrixModel.cpp" line="155"/>
        <source>Not assessed in %1: annual performance assessments ended in 2008, and the annual rating that replaced them gives one overall grade only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GradeMatrixModel.cpp" line="159"/>
        <source>No %1 annual performance assessment grade for %2 in the loaded documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GradeMatrixModel.cpp" line="176"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GradeMatrixModel.cpp" line="180"/>
        <source>%1, %2: grade %3 (%4)
%5
“%6”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GradeMatrixModel.cpp" line="187"/>
        <source>%1 %2: no grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GradeMatrixModel.cpp" line="188"/>
        <source>%1 %2: grade %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GradeMatrixModel.cpp" line="232"/>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/GradeMatrixModel.cpp" line="234"/>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradeMatrixView</name>
    <message>
        <location filename="../widgets/GradeMatrixView.cpp" line="20"/>
        <source>Grade comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/GradeMatrixView.cpp" line="22"/>
        <source>Ofsted grades by area, year and authority. Each cell shows the grade number and words; choose a cell to read the sentence it came from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradePalette</name>
    <message>
        <location filename="../widgets/GradePalette.cpp" line="45"/>
        <source>outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/GradePalette.cpp" line="47"/>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/GradePalette.cpp" line="49"/>
        <source>adequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/GradePalette.cpp" line="51"/>
        <source>inadequate</source>
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
    <name>HeadlineChartView</name>
    <message>
        <location filename="../widgets/HeadlineChartView.cpp" line="56"/>
        <source>Headline grades chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/HeadlineChartView.cpp" line="58"/>
        <source>Headline grade by year for each authority compared: the APA overall grade to 2008, the annual rating in 2009 and the annual assessment in 2010.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/HeadlineChartView.cpp" line="60"/>
        <source>Headline grade, %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/HeadlineChartView.cpp" line="80"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/HeadlineChartView.cpp" line="83"/>
        <source>1 inadequate / performs poorly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/HeadlineChartView.cpp" line="84"/>
        <source>2 adequate / performs adequately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/HeadlineChartView.cpp" line="85"/>
        <source>3 good / performs well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/HeadlineChartView.cpp" line="86"/>
        <source>4 outstanding / performs excellently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/HeadlineChartView.cpp" line="100"/>
        <source>APA to 2008 | annual rating from 2009</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlineSeriesModel</name>
    <message>
        <location filename="../models/itemmodels/HeadlineSeriesModel.cpp" line="72"/>
        <source>%1 %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/HeadlineSeriesModel.cpp" line="73"/>
        <source>No headline grade in the loaded documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../widgets/ImportController.cpp" line="44"/>
        <source>Importing documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ImportController.cpp" line="44"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ImportController.cpp" line="45"/>
        <location filename="../widgets/ImportController.cpp" line="119"/>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ImportController.cpp" line="63"/>
        <source>Importing %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ImportController.cpp" line="70"/>
        <source>Importing %1: row %2 of %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ImportController.cpp" line="85"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ImportController.cpp" line="88"/>
        <source>Already present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ImportController.cpp" line="91"/>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ImportController.cpp" line="94"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ImportController.cpp" line="97"/>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ImportController.cpp" line="99"/>
        <source>    warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ImportController.cpp" line="120"/>
        <source>%1 imported, %2 already present, %3 not imported%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ImportController.cpp" line="124"/>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ImportController.cpp" line="128"/>
        <source>Show Details for the reason each file was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../widgets/ImportPreviewDialog.cpp" line="20"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ImportPreviewDialog.cpp" line="26"/>
        <source>%1 rows will be imported: %2 values and %3 published as missing, for %4 indicators. %5 rows will be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ImportPreviewDialog.cpp" line="36"/>
        <source>How each column was understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ImportPreviewDialog.cpp" line="39"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ImportPreviewDialog.cpp" line="39"/>
        <source>Why it will be left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ImportPreviewDialog.cpp" line="43"/>
        <source>Rows that will be left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ImportPreviewDialog.cpp" line="50"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ImportPreviewDialog.cpp" line="58"/>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/ImportPreviewDialog.cpp" line="60"/>
        <source>Rows left out:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <location filename="../models/import/ImportWorker.cpp" line="31"/>
        <source>not imported: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/ImportWorker.cpp" line="53"/>
        <source>%1 for %2: %3 grades, %4 findings, %5 indicator values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/ImportWorker.cpp" line="56"/>
        <source>no authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/ImportWorker.cpp" line="63"/>
        <source>already imported; nothing added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/ImportWorker.cpp" line="70"/>
        <source>not imported: cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorChartView</name>
    <message>
        <location filename="../widgets/IndicatorChartView.cpp" line="24"/>
        <source>Indicator chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/IndicatorChartView.cpp" line="25"/>
        <source>The chosen indicator&apos;s baseline and results by period, with its target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/IndicatorChartView.cpp" line="71"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/IndicatorChartView.cpp" line="81"/>
        <location filename="../widgets/IndicatorChartView.cpp" line="128"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/IndicatorChartView.cpp" line="93"/>
        <source>Choose an indicator to chart its values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/IndicatorChartView.cpp" line="94"/>
        <source>(no numeric values to chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/IndicatorChartView.cpp" line="175"/>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorListModel</name>
    <message>
        <location filename="../models/itemmodels/IndicatorListModel.cpp" line="59"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/IndicatorListModel.cpp" line="121"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/IndicatorListModel.cpp" line="123"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/IndicatorListModel.cpp" line="125"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/IndicatorListModel.cpp" line="127"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/IndicatorListModel.cpp" line="129"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/IndicatorListModel.cpp" line="131"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <location filename="../widgets/IndicatorPanel.cpp" line="104"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/IndicatorPanel.cpp" line="120"/>
        <source>&amp;Find indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/IndicatorPanel.cpp" line="121"/>
        <source>Name or code, e.g. NI 53 or breastfeeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/IndicatorPanel.cpp" line="122"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/IndicatorPanel.cpp" line="123"/>
        <source>Indicator values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorStatus</name>
    <message>
        <location filename="../models/itemmodels/IndicatorStatus.cpp" line="63"/>
        <source>Target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/IndicatorStatus.cpp" line="65"/>
        <source>Target not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/IndicatorStatus.cpp" line="67"/>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/IndicatorStatus.cpp" line="69"/>
        <source>Compared in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/IndicatorStatus.cpp" line="71"/>
        <source>No result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/IndicatorStatus.cpp" line="73"/>
        <source>Unknown whether higher is better</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorTableParser</name>
    <message>
        <location filename="../models/import/IndicatorTableParser.cpp" line="232"/>
        <source>authority name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/IndicatorTableParser.cpp" line="234"/>
        <source>LA number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/IndicatorTableParser.cpp" line="235"/>
        <source>indicator code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/IndicatorTableParser.cpp" line="236"/>
        <source>indicator title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/IndicatorTableParser.cpp" line="237"/>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/IndicatorTableParser.cpp" line="238"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/IndicatorTableParser.cpp" line="238"/>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/IndicatorTableParser.cpp" line="239"/>
        <source>polarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/IndicatorTableParser.cpp" line="240"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/IndicatorTableParser.cpp" line="241"/>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/IndicatorTableParser.cpp" line="243"/>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/IndicatorTableParser.cpp" line="248"/>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/IndicatorTableParser.cpp" line="251"/>
        <source>Layout: DfE LAIT long format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/IndicatorTableParser.cpp" line="251"/>
        <source>Layout: simple indicator table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/IndicatorTableParser.cpp" line="268"/>
        <source>has %1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/IndicatorTableParser.cpp" line="284"/>
        <source>LA number &quot;%1&quot; is not in the register of English authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/IndicatorTableParser.cpp" line="290"/>
        <source>authority &quot;%1&quot; is not in the register of English authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/IndicatorTableParser.cpp" line="301"/>
        <source>measure &quot;%1&quot; is not in the LAIT measure list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/IndicatorTableParser.cpp" line="309"/>
        <source>names no indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/IndicatorTableParser.cpp" line="332"/>
        <source>the period &quot;%1&quot; cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/IndicatorTableParser.cpp" line="337"/>
        <source>the value &quot;%1&quot; is not a number or a missing-value marker</source>
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
        <location filename="../app/MainWindow.cpp" line="176"/>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="184"/>
        <source>Headline grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="186"/>
        <source>Outcome grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="189"/>
        <source>Indicator value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="191"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="246"/>
        <source>About csdash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="247"/>
        <source>&lt;b&gt;Children&apos;s Services Dashboard&lt;/b&gt; %1&lt;p&gt;Ofsted grades and performance indicators with the sentence each came from.&lt;/p&gt;&lt;p&gt;Ofsted letters: Crown copyright, Open Government Licence v3.0.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="256"/>
        <source>Children&apos;s Services Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="257"/>
        <source>&amp;Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="258"/>
        <source>&amp;Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="259"/>
        <source>&amp;Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="260"/>
        <source>F&amp;indings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="261"/>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="262"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="263"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="264"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="265"/>
        <source>First authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="266"/>
        <source>Second authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="268"/>
        <source>&amp;Import documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="269"/>
        <source>Read letters, reports and plan reviews into the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="271"/>
        <source>&amp;Search documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="272"/>
        <source>&amp;Add authority to compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="273"/>
        <source>&amp;Compare two authorities only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="274"/>
        <source>&amp;About csdash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="275"/>
        <source>Export &amp;chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="276"/>
        <source>Save the chart on the current tab as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="277"/>
        <source>Copy c&amp;hart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="278"/>
        <source>Export &amp;table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="279"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="280"/>
        <source>&amp;Print summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="281"/>
        <source>Export summary as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="284"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="293"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="298"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="305"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="308"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="317"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="318"/>
        <source>Compare </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="322"/>
        <source> with </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="383"/>
        <source>%1 documents, %2 authorities — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="390"/>
        <source>Read-only database: it can be read but nothing can be imported — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="451"/>
        <source>This value has no stored source text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="456"/>
        <source>The source document is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="520"/>
        <source>Import documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="522"/>
        <source>Text documents (*.txt *.text *.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="532"/>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="565"/>
        <source>Import finished: %1 imported, %2 already present, %3 not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="584"/>
        <location filename="../app/MainWindow.cpp" line="591"/>
        <source>Add authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="585"/>
        <source>Every authority in the database is already compared. Import letters for another authority to compare it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="591"/>
        <source>Authority to add as a further column group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="690"/>
        <source>Outcome grades, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="692"/>
        <source>Indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="693"/>
        <source>Headline grade by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="705"/>
        <location filename="../app/MainWindow.cpp" line="749"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="708"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="718"/>
        <source>PNG size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="729"/>
        <location filename="../app/MainWindow.cpp" line="730"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="731"/>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="732"/>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="733"/>
        <source>&amp;Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="734"/>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="752"/>
        <source>Chart saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="771"/>
        <source>Chart copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="789"/>
        <source>Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="793"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="794"/>
        <source>CSV for Excel, UTF-8 with byte-order mark (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="796"/>
        <location filename="../app/MainWindow.cpp" line="805"/>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="808"/>
        <source>Table saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="836"/>
        <source>Children&apos;s services summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="838"/>
        <source>Print summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="849"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="852"/>
        <source>Export summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="853"/>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="854"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="860"/>
        <source>Export summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="863"/>
        <source>Summary saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="270"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
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
    <name>ObservationTableModel</name>
    <message>
        <location filename="../models/itemmodels/ObservationTableModel.cpp" line="51"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ObservationTableModel.cpp" line="58"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ObservationTableModel.cpp" line="99"/>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ObservationTableModel.cpp" line="101"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ObservationTableModel.cpp" line="103"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ObservationTableModel.cpp" line="105"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ObservationTableModel.cpp" line="107"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ObservationTableModel.cpp" line="109"/>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeChartView</name>
    <message>
        <location filename="../widgets/OutcomeChartView.cpp" line="92"/>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OutcomeChartView.cpp" line="93"/>
        <source>Outcome grades chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OutcomeChartView.cpp" line="95"/>
        <source>Grades for the five outcomes and capacity to improve in the chosen year, one bar per authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OutcomeChartView.cpp" line="106"/>
        <source>Outcome grades, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OutcomeChartView.cpp" line="124"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OutcomeChartView.cpp" line="158"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/OutcomeChartView.cpp" line="166"/>
        <source>No grade in the loaded documents (shown as an empty bar): %1</source>
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
    <name>SearchPanel</name>
    <message>
        <location filename="../widgets/SearchPanel.cpp" line="42"/>
        <source>Search every document (Ctrl+F), then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SearchPanel.cpp" line="43"/>
        <source>Search documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SearchPanel.cpp" line="44"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/SearchPanel.cpp" line="65"/>
        <source>%n passage(s) found; press Enter on one to open it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../models/itemmodels/SearchResultModel.cpp" line="66"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SearchResultModel.cpp" line="68"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/SearchResultModel.cpp" line="70"/>
        <source>Text</source>
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
        <location filename="../models/text/SourceText.cpp" line="145"/>
        <source>the text is neither valid UTF-8 nor Windows-1252 (byte 0x%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/text/SourceText.cpp" line="157"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/text/SourceText.cpp" line="167"/>
        <source>the file is binary (%1 control characters), not a text document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../models/store/Store.cpp" line="34"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="89"/>
        <source>preparing a batch insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="95"/>
        <source>a batch insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="134"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="143"/>
        <source>the Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="160"/>
        <source>cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="166"/>
        <source>%1 is not a usable database (%2); it can be rebuilt into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="174"/>
        <source>%1 is damaged (%2); it can be rebuilt from the document texts it still holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="208"/>
        <source>the database is read-only and from an older version (schema %1); it cannot be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="213"/>
        <source>cannot read the database&apos;s schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="217"/>
        <source>the database was written by a newer csdash (schema version %1; this version reads up to %2); it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="229"/>
        <source>cannot start the migration to schema version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="258"/>
        <source>the database %1 is read-only; nothing can be imported into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="268"/>
        <source>starting the import transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="280"/>
        <source>preparing the duplicate check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="283"/>
        <source>the duplicate check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="323"/>
        <source>preparing the document insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="338"/>
        <source>saving the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="382"/>
        <source>reading indicator keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="396"/>
        <source>preparing the observation insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="419"/>
        <source>an observation names the indicator %1, which the document does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="441"/>
        <source>saving an observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="455"/>
        <source>preparing the search index update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="458"/>
        <source>updating the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="461"/>
        <source>committing the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="474"/>
        <location filename="../models/store/Store.cpp" line="551"/>
        <source>preparing a document read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="479"/>
        <source>reading a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="498"/>
        <source>reading authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="537"/>
        <source>reading documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="573"/>
        <source>preparing the judgement query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="579"/>
        <source>the judgement query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="609"/>
        <source>preparing the findings query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="615"/>
        <source>the findings query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="642"/>
        <source>reading indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="703"/>
        <source>preparing the indicator lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="714"/>
        <source>the authority lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="724"/>
        <source>the document lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="736"/>
        <source>preparing the observation query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="743"/>
        <source>the observation query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="760"/>
        <source>the indicator lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="799"/>
        <source>preparing the passage query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="804"/>
        <source>the passage query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="832"/>
        <source>preparing the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="839"/>
        <source>&quot;%1&quot; is not a search the index understands (%2). Put words in double quotes to search for them exactly as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="895"/>
        <source>preparing the neighbour query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="900"/>
        <source>the neighbour query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/Store.cpp" line="939"/>
        <source>preparing a count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAuthority</name>
    <message>
        <location filename="../models/import/SubjectAuthority.cpp" line="75"/>
        <source>the document is addressed to or about more than one authority (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/SubjectAuthority.cpp" line="80"/>
        <source>named in the subject line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/SubjectAuthority.cpp" line="81"/>
        <source>named in the addressee block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/SubjectAuthority.cpp" line="101"/>
        <source>the letter is addressed to &quot;%1&quot;, which is not in the register of English authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/SubjectAuthority.cpp" line="113"/>
        <source>named in the document&apos;s header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/SubjectAuthority.cpp" line="128"/>
        <source>named in the document&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/SubjectAuthority.cpp" line="133"/>
        <source>the document&apos;s header names more than one authority (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <location filename="../widgets/SummaryReport.cpp" line="59"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SummaryReport.cpp" line="59"/>
        <source>Judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SummaryReport.cpp" line="117"/>
        <source>No outcome grades in the loaded documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SummaryReport.cpp" line="143"/>
        <source>no key areas for improvement in the loaded letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SummaryReport.cpp" line="189"/>
        <source>Produced %1 by csdash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SummaryReport.cpp" line="192"/>
        <source>Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SummaryReport.cpp" line="195"/>
        <source>4 outstanding or performs excellently; 3 good or performs well; 2 adequate or performs adequately; 1 inadequate or performs poorly. – means no grade in the loaded documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SummaryReport.cpp" line="199"/>
        <source>Headline grade, 2006‐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SummaryReport.cpp" line="201"/>
        <source>Outcome grades (latest assessment with outcome grades)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SummaryReport.cpp" line="204"/>
        <source>Key areas for improvement in each authority&apos;s latest letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SummaryReport.cpp" line="205"/>
        <source>Source documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SummaryReport.cpp" line="215"/>
        <source>the report could not be drawn on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SummaryReport.cpp" line="252"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SummaryReport.cpp" line="261"/>
        <source>%1: a summary is written as PDF; name the file .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SummaryReport.cpp" line="266"/>
        <location filename="../widgets/SummaryReport.cpp" line="280"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/SummaryReport.cpp" line="276"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <location filename="../widgets/TableExporter.cpp" line="63"/>
        <location filename="../widgets/TableExporter.cpp" line="71"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="26"/>
        <source>Children&apos;s Services Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="30"/>
        <source>Use the database at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="31"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="33"/>
        <source>Create a new database without the bundled documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="44"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="48"/>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="51"/>
        <source>&amp;Rebuild into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="53"/>
        <source>The damaged file is kept as a backup beside the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="59"/>
        <source>Rebuild failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="63"/>
        <source>Database rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="68"/>
        <source>Bundled documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
