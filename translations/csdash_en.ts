<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>database: ok, %n document(s) whole</source>
        <translation>
            <numerusform>database: ok, %n document whole</numerusform>
            <numerusform>database: ok, %n documents whole</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonChartView</name>
    <message numerus="yes">
        <source>rank %1 of %2 (1 is %3); quartile not shown: %n authorities have a value, %4 needed</source>
        <translation>
            <numerusform>rank %1 of %2 (1 is %3); quartile not shown: %n authority has a value, %4 needed</numerusform>
            <numerusform>rank %1 of %2 (1 is %3); quartile not shown: %n authorities have a value, %4 needed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message numerus="yes">
        <source>%n row(s) were not imported</source>
        <translation>
            <numerusform>%n row was not imported</numerusform>
            <numerusform>%n rows were not imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <source>&amp;Retry %n File(s)</source>
        <translation>
            <numerusform>&amp;Retry %n File</numerusform>
            <numerusform>&amp;Retry %n Files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written of %n file(s): the database did not take them, or the import was cancelled. Retry imports them again. Show Details for each reason.</source>
        <translation>
            <numerusform>Nothing was written of %n file: the database did not take it, or the import was cancelled. Retry imports it again. Show Details for the reason.</numerusform>
            <numerusform>Nothing was written of %n files: the database did not take them, or the import was cancelled. Retry imports them again. Show Details for each reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message numerus="yes">
        <source>imported %1 for %n authorities</source>
        <translation>
            <numerusform>imported %1 for %n authority</numerusform>
            <numerusform>imported %1 for %n authorities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s)</source>
        <translation>
            <numerusform>%n grade</numerusform>
            <numerusform>%n grades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>The workbook has %n sheet(s). Sheet to import:</source>
        <translation>
            <numerusform>The workbook has %n sheet. Sheet to import:</numerusform>
            <numerusform>The workbook has %n sheets. Sheet to import:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message numerus="yes">
        <source>%1 (%2, %n authorities)</source>
        <translation>
            <numerusform>%1 (%2, %n authority)</numerusform>
            <numerusform>%1 (%2, %n authorities)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObservationTableModel</name>
    <message numerus="yes">
        <source>%1 (and %n other document(s))</source>
        <translation>
            <numerusform>%1 (and %n other document)</numerusform>
            <numerusform>%1 (and %n other documents)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n passage(s) found; press Enter on one to open it</source>
        <translation>
            <numerusform>%n passage found; press Enter to open it</numerusform>
            <numerusform>%n passages found; press Enter on one to open it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicGroupProxyModel</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
</context>
</TS>
