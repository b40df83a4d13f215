<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>cpc::CommentsPanel</name>
    <message numerus="yes">
        <source>%n comment(s), resolved</source>
        <translation>
            <numerusform>%n comment, resolved</numerusform>
            <numerusform>%n comments, resolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s), open</source>
        <translation>
            <numerusform>%n comment, open</numerusform>
            <numerusform>%n comments, open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpc::ExportIndicatorsDialog</name>
    <message numerus="yes">
        <source>Small-number protection is on: counts of child victims from 1 to %1 are shown as &quot;%2&quot;, and %n other cell(s) are hidden so they cannot be worked out. The report keeps the real values.</source>
        <translation>
            <numerusform>Small-number protection is on: counts of child victims from 1 to %1 are shown as &quot;%2&quot;, and %n other cell is hidden so they cannot be worked out. The report keeps the real values.</numerusform>
            <numerusform>Small-number protection is on: counts of child victims from 1 to %1 are shown as &quot;%2&quot;, and %n other cells are hidden so they cannot be worked out. The report keeps the real values.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpc::FindingsModel</name>
    <message numerus="yes">
        <source>%n error(s): the report is not ready</source>
        <translation>
            <numerusform>%n error: the report is not ready</numerusform>
            <numerusform>%n errors: the report is not ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): worth a look</source>
        <translation>
            <numerusform>%n warning: worth a look</numerusform>
            <numerusform>%n warnings: worth a look</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpc::ImportIndicatorsDialog</name>
    <message numerus="yes">
        <source>%n row(s) cannot be imported. Correct the file and choose it again; nothing will be imported until every row is right.</source>
        <translation>
            <numerusform>%n row cannot be imported. Correct the file and choose it again; nothing will be imported until every row is right.</numerusform>
            <numerusform>%n rows cannot be imported. Correct the file and choose it again; nothing will be imported until every row is right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) will change</source>
        <translation>
            <numerusform>%n value will change</numerusform>
            <numerusform>%n values will change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already as in the file</source>
        <translation>
            <numerusform>%n already as in the file</numerusform>
            <numerusform>%n already as in the file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpc::PdfExportDialog</name>
    <message numerus="yes">
        <source>%n text(s) have characters the PDF cannot print, such as %1. They will print as a replacement mark; the readiness list shows where.</source>
        <translation>
            <numerusform>%n text has characters the PDF cannot print, such as %1. They will print as a replacement mark; the readiness list shows where.</numerusform>
            <numerusform>%n texts have characters the PDF cannot print, such as %1. They will print as a replacement mark; the readiness list shows where.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpc::ReadinessPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpc::RequestDialog</name>
    <message numerus="yes">
        <source>%1 (%n part(s) assigned)</source>
        <translation>
            <numerusform>%1 (%n part assigned)</numerusform>
            <numerusform>%1 (%n parts assigned)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpc::ReviewDialog</name>
    <message numerus="yes">
        <source>%1 of %n change(s) accepted</source>
        <translation>
            <numerusform>%1 of %n change accepted</numerusform>
            <numerusform>%1 of %n changes accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): the report&apos;s version is kept unless you take the returned one</source>
        <translation>
            <numerusform>%n conflict: the report&apos;s version is kept unless you take the returned one</numerusform>
            <numerusform>%n conflicts: the report&apos;s version is kept unless you take the returned one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken</source>
        <translation>
            <numerusform>%n taken</numerusform>
            <numerusform>%n taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) outside what was asked, refused</source>
        <translation>
            <numerusform>%n change outside what was asked, refused</numerusform>
            <numerusform>%n changes outside what was asked, refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) will be added</source>
        <translation>
            <numerusform>%n new comment will be added</numerusform>
            <numerusform>%n new comments will be added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) already merged</source>
        <translation>
            <numerusform>%n field already merged</numerusform>
            <numerusform>%n fields already merged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpc::SmallNumbersDialog</name>
    <message numerus="yes">
        <source>With these settings, %n value(s) are shown as &quot;%1&quot;</source>
        <translation>
            <numerusform>With these settings, %n value is shown as &quot;%1&quot;</numerusform>
            <numerusform>With these settings, %n values are shown as &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n other cell(s) are hidden.</source>
        <translation>
            <numerusform>and %n other cell is hidden.</numerusform>
            <numerusform>and %n other cells are hidden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpc::cli::ApplyCommand</name>
    <message numerus="yes">
        <source>%n value(s) changed.</source>
        <translation>
            <numerusform>%n value changed.</numerusform>
            <numerusform>%n values changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpc::cli::CheckCommand</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpc::cli::CliSupport</name>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>expected %n argument</numerusform>
            <numerusform>expected %n arguments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpc::cli::ExportIndicatorsCommand</name>
    <message numerus="yes">
        <source>%n cell(s) masked by small-number protection; the report file keeps the real values.</source>
        <translation>
            <numerusform>%n cell masked by small-number protection; the report file keeps the real values.</numerusform>
            <numerusform>%n cells masked by small-number protection; the report file keeps the real values.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpc::cli::ExportPdfCommand</name>
    <message numerus="yes">
        <source>warning: %n text(s) have characters the PDF&apos;s fonts cannot print (%1 in %2); they print as a replacement mark. `cpcreport check` lists them all.</source>
        <translation>
            <numerusform>warning: %n text has characters the PDF&apos;s fonts cannot print (%1 in %2); they print as a replacement mark. `cpcreport check` lists them all.</numerusform>
            <numerusform>warning: %n texts have characters the PDF&apos;s fonts cannot print (%1 in %2); they print as a replacement mark. `cpcreport check` lists them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpc::cli::ImportIndicatorsCommand</name>
    <message numerus="yes">
        <source>... and %n more error(s), not listed</source>
        <translation>
            <numerusform>... and %n more error, not listed</numerusform>
            <numerusform>... and %n more errors, not listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s); nothing was imported.</source>
        <translation>
            <numerusform>%n error; nothing was imported.</numerusform>
            <numerusform>%n errors; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) would change</source>
        <translation>
            <numerusform>%n value would change</numerusform>
            <numerusform>%n values would change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed</source>
        <translation>
            <numerusform>%n value changed</numerusform>
            <numerusform>%n values changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already as in the file</source>
        <translation>
            <numerusform>%n already as in the file</numerusform>
            <numerusform>%n already as in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without values</source>
        <translation>
            <numerusform>%n row without values</numerusform>
            <numerusform>%n rows without values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpc::cli::SummaryCommand</name>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
</context>
</TS>
