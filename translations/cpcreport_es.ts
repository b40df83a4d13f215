<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_CO" sourcelanguage="en">
<context>
    <name>ContributionFigures</name>
    <message>
        <source>a text (&apos;%1&apos;)</source>
        <translation>un texto («%1»)</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>datos binarios</translation>
    </message>
    <message>
        <source>an infinite number</source>
        <translation>un número infinito</translation>
    </message>
    <message>
        <source>a year that is not a whole number</source>
        <translation>un año que no es un número entero</translation>
    </message>
    <message>
        <source>this contribution is damaged: a figure holds %1 instead of a number; nothing was merged</source>
        <translation>esta contribución está dañada: una cifra contiene %1 en lugar de un número; no se integró nada</translation>
    </message>
    <message>
        <source>(nothing was merged)</source>
        <translation>(no se integró nada)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>this is not a text (CSV) file: it holds binary data</source>
        <translation>este no es un archivo de texto (CSV): contiene datos binarios</translation>
    </message>
    <message>
        <source>too many columns (at most %1)</source>
        <translation>demasiadas columnas (máximo %1)</translation>
    </message>
    <message>
        <source>a quoted field is not closed (a &quot; is missing)</source>
        <translation>un campo entre comillas no está cerrado (falta una &quot;)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
</context>
<context>
    <name>IndicatorImport</name>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is too large (at most %1 MB)</source>
        <translation>el archivo es demasiado grande (máximo %1 MB)</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>no se puede leer el archivo (%1)</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>coma decimal</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>punto decimal</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulación</translation>
    </message>
    <message>
        <source>CSV (%1, separator &apos;%2&apos;, %3)</source>
        <translation>CSV (%1, separador «%2», %3)</translation>
    </message>
    <message>
        <source>XLSX (sheet &apos;%1&apos;)</source>
        <translation>XLSX (hoja «%1»)</translation>
    </message>
    <message>
        <source>duplicated row: %1 of indicator %2, year %3 is already given on %4</source>
        <translation>fila duplicada: %1 del indicador %2, año %3, ya figura en %4</translation>
    </message>
    <message>
        <source>unknown indicator &apos;%1&apos; (the report has: %2)</source>
        <translation>indicador desconocido «%1» (el informe tiene: %2)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>logro</translation>
    </message>
</context>
<context>
    <name>IndicatorTableReader</name>
    <message>
        <source>no indicator column: the first row must name the columns (indicator or indicador, year or año, target or meta, actual or logro...)</source>
        <translation>no hay columna de indicador: la primera fila debe nombrar las columnas (indicador o indicator, año o year, meta o target, logro o actual...)</translation>
    </message>
    <message>
        <source>two columns mean the same thing (&apos;%1&apos; and &apos;%2&apos;)</source>
        <translation>dos columnas significan lo mismo («%1» y «%2»)</translation>
    </message>
    <message>
        <source>no value column: name one &apos;target&apos; (meta) or &apos;actual&apos; (logro)</source>
        <translation>no hay columna de valores: nombre una «meta» (target) o «logro» (actual)</translation>
    </message>
    <message>
        <source>no year column: add one (year or año) or give the year with --year</source>
        <translation>no hay columna de año: agregue una (año o year) o indique el año con --year</translation>
    </message>
    <message>
        <source>a breakdown needs both a dimension and a category column</source>
        <translation>una desagregación necesita una columna de dimensión y otra de categoría</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a value masked by small-number protection: import from an unmasked export (export-indicators --raw)</source>
        <translation>«%1» es un valor ocultado por la protección de cifras pequeñas: importe desde una exportación sin ocultar (export-indicators --raw)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>el número es demasiado grande</translation>
    </message>
    <message>
        <source>no indicator id</source>
        <translation>falta el identificador del indicador</translation>
    </message>
    <message>
        <source>the indicator id is too long</source>
        <translation>el identificador del indicador es demasiado largo</translation>
    </message>
    <message>
        <source>a year is a whole number (1 is the first reporting year)</source>
        <translation>el año es un número entero (1 es el primer año del informe)</translation>
    </message>
    <message>
        <source>no year (fill it in or give the year with --year)</source>
        <translation>falta el año (complételo o indique el año con --year)</translation>
    </message>
    <message>
        <source>a breakdown row needs a category</source>
        <translation>una fila de desagregación necesita una categoría</translation>
    </message>
    <message>
        <source>a breakdown row needs a dimension</source>
        <translation>una fila de desagregación necesita una dimensión</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>el nombre es demasiado largo</translation>
    </message>
    <message>
        <source>a breakdown row has no target: give the category&apos;s value as the actual</source>
        <translation>una fila de desagregación no tiene meta: indique el valor de la categoría como logro</translation>
    </message>
    <message>
        <source>(the year given for rows without one)</source>
        <translation>(el año indicado para las filas que no lo tienen)</translation>
    </message>
    <message>
        <source>this row has %1 cells where the header has %2 columns: a separator (%3) is missing or one too many (a decimal comma in a comma-separated file?)</source>
        <translation>esta fila tiene %1 celdas y el encabezado %2 columnas: falta un separador (%3) o sobra uno (¿una coma decimal en un archivo separado por comas?)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
</context>
<context>
    <name>IndicatorValueCheck</name>
    <message>
        <source>this is not a number (infinite or undefined)</source>
        <translation>esto no es un número (infinito o indefinido)</translation>
    </message>
    <message>
        <source>the number is too large (at most %1 in size)</source>
        <translation>el número es demasiado grande (como máximo %1)</translation>
    </message>
    <message>
        <source>%1 is negative: indicator %2 counts, and a count cannot be below 0</source>
        <translation>%1 es negativo: el indicador %2 es un conteo, y un conteo no puede ser menor que 0</translation>
    </message>
    <message>
        <source>%1 is not a whole number: indicator %2 counts, and a count is whole</source>
        <translation>%1 no es un número entero: el indicador %2 es un conteo, y un conteo es entero</translation>
    </message>
    <message>
        <source>%1 is outside 0 to 100: indicator %2 is a percentage</source>
        <translation>%1 está fuera de 0 a 100: el indicador %2 es un porcentaje</translation>
    </message>
    <message>
        <source>year %1 is outside the partnership: reporting years go from 1 to %2 (five years from signing and an extension of up to five)</source>
        <translation>el año %1 está fuera de la alianza: los años de reporte van de 1 a %2 (cinco años desde la firma y una prórroga de hasta cinco)</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>this XLSX file has no sheet</source>
        <translation>este archivo XLSX no tiene ninguna hoja</translation>
    </message>
    <message>
        <source>this XLSX file has too many parts (more than %1)</source>
        <translation>este archivo XLSX tiene demasiadas partes (más de %1)</translation>
    </message>
    <message>
        <source>there is no sheet named &apos;%1&apos; (sheets: %2)</source>
        <translation>no hay ninguna hoja llamada «%1» (hojas: %2)</translation>
    </message>
    <message>
        <source>this XLSX file is damaged (the sheet&apos;s part is not listed)</source>
        <translation>este archivo XLSX está dañado (la parte de la hoja no figura en la lista)</translation>
    </message>
    <message>
        <source>this XLSX file is damaged (row number &apos;%1&apos;)</source>
        <translation>este archivo XLSX está dañado (número de fila «%1»)</translation>
    </message>
    <message>
        <source>this XLSX file is damaged (cell reference &apos;%1&apos;)</source>
        <translation>este archivo XLSX está dañado (referencia de celda «%1»)</translation>
    </message>
    <message>
        <source>this XLSX file is damaged (cell %1 names a missing text)</source>
        <translation>este archivo XLSX está dañado (la celda %1 remite a un texto que no existe)</translation>
    </message>
    <message>
        <source>the sheet &apos;%1&apos; is empty</source>
        <translation>la hoja «%1» está vacía</translation>
    </message>
    <message>
        <source>this XLSX file cannot be opened</source>
        <translation>no se puede abrir este archivo XLSX</translation>
    </message>
    <message>
        <source>this is not an XLSX file (not a readable zip archive)</source>
        <translation>este no es un archivo XLSX (no es un archivo zip legible)</translation>
    </message>
    <message>
        <source>this XLSX file is incomplete: it has no %1</source>
        <translation>este archivo XLSX está incompleto: le falta %1</translation>
    </message>
    <message>
        <source>this XLSX file is too large to read (%1 unpacks to more than %2 MB)</source>
        <translation>este archivo XLSX es demasiado grande para leerlo (%1 ocupa más de %2 MB al descomprimirse)</translation>
    </message>
    <message>
        <source>this XLSX file is damaged (%1 cannot be unpacked)</source>
        <translation>este archivo XLSX está dañado (no se puede descomprimir %1)</translation>
    </message>
    <message>
        <source>this XLSX file is damaged (%1, line %2: %3)</source>
        <translation>este archivo XLSX está dañado (%1, línea %2: %3)</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>the file could not be written (%1)</source>
        <translation>no se pudo escribir el archivo (%1)</translation>
    </message>
</context>
<context>
    <name>cpc::AboutDialog</name>
    <message>
        <source>About CPC Report Studio</source>
        <translation>Acerca de CPC Report Studio</translation>
    </message>
    <message>
        <source>CPC Report Studio</source>
        <translation>CPC Report Studio</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Writes the annual report of the U.S.–Colombia Child Protection Compact Partnership on child trafficking, in English and Spanish, and exports it as a PDF.</source>
        <translation>Redacta el informe anual de la Alianza CPC (Child Protection Compact) entre Estados Unidos y Colombia sobre la trata de niñas, niños y adolescentes, en inglés y en español, y lo exporta en PDF.</translation>
    </message>
    <message>
        <source>Free software; see the licence that came with the program.</source>
        <translation>Software libre; consulte la licencia que acompaña al programa.</translation>
    </message>
</context>
<context>
    <name>cpc::ActivityPage</name>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Progress of the activity</source>
        <translation>Avance de la actividad</translation>
    </message>
    <message>
        <source>Change activity progress</source>
        <translation>Cambiar el avance de la actividad</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Estado de revisión</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <source>Change responsible entities</source>
        <translation>Cambiar las entidades responsables</translation>
    </message>
    <message>
        <source>Change forms of trafficking</source>
        <translation>Cambiar las formas de trata</translation>
    </message>
    <message>
        <source>Responsible entities</source>
        <translation>Entidades responsables</translation>
    </message>
    <message>
        <source>Forms of trafficking</source>
        <translation>Formas de trata</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Qué se hizo</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Avance:</translation>
    </message>
    <message>
        <source>Re&amp;view status:</source>
        <translation>Estado de re&amp;visión:</translation>
    </message>
    <message>
        <source>The template gives no guidance for activities.</source>
        <translation>La plantilla no da orientación para las actividades.</translation>
    </message>
    <message>
        <source>Activity %1: %2</source>
        <translation>Actividad %1: %2</translation>
    </message>
</context>
<context>
    <name>cpc::BilingualEditor</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Not written yet in either language.</source>
        <translation>Aún no se ha redactado en ningún idioma.</translation>
    </message>
    <message>
        <source>The %1 text is missing.</source>
        <translation>Falta el texto en %1.</translation>
    </message>
    <message>
        <source>Written; the %1 text is still missing.</source>
        <translation>Redactado; aún falta el texto en %1.</translation>
    </message>
    <message>
        <source>Current: in step with the %1 text.</source>
        <translation>Al día: concuerda con el texto en %1.</translation>
    </message>
    <message>
        <source>Stale: the %1 text changed after the %2 text was last confirmed.</source>
        <translation>Desactualizada: el texto en %1 cambió después de la última confirmación del texto en %2.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Stale: the %1 text was last confirmed before the %2 text changed on %3.</source>
        <translation>Desactualizada: el texto en %1 se confirmó por última vez antes de que el texto en %2 cambiara el %3.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>traducción</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltante</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Desactualizada</translation>
    </message>
    <message>
        <source>Changes in the %1 text</source>
        <translation>Cambios en el texto en %1</translation>
    </message>
    <message>
        <source>Changes since the last confirmation</source>
        <translation>Cambios desde la última confirmación</translation>
    </message>
    <message>
        <source>Struck-through words were removed; underlined words were added.</source>
        <translation>Las palabras tachadas se eliminaron; las subrayadas se agregaron.</translation>
    </message>
    <message>
        <source>English</source>
        <comment>inside a sentence</comment>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <comment>inside a sentence</comment>
        <translation>español</translation>
    </message>
    <message>
        <source>Not written yet in either language; this text is optional.</source>
        <translation>Todavía no se ha escrito en ningún idioma; este texto es opcional.</translation>
    </message>
</context>
<context>
    <name>cpc::BreakdownEditor</name>
    <message>
        <source>Breakdown of the result</source>
        <translation>Desagregación del resultado</translation>
    </message>
    <message>
        <source>Year of the breakdown</source>
        <translation>Año de la desagregación</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>Breakdown categories</source>
        <translation>Categorías de la desagregación</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Desagregación</translation>
    </message>
    <message>
        <source>breakdown, e.g. Sex</source>
        <translation>desagregación, p. ej. Sexo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>category, e.g. Female</source>
        <translation>categoría, p. ej. Femenino</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Names printed in the report (double-click to change; they apply to every indicator with this breakdown):</source>
        <translation>Nombres que se imprimen en el informe (doble clic para cambiarlos; valen para todos los indicadores con esta desagregación):</translation>
    </message>
    <message>
        <source>Names of the breakdown in both languages</source>
        <translation>Nombres de la desagregación en ambos idiomas</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Año %1</translation>
    </message>
    <message>
        <source>Name the breakdown and the category.</source>
        <translation>Indique el nombre de la desagregación y de la categoría.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write it like %2.</source>
        <translation>«%1» no es un número. Escríbalo así: %2.</translation>
    </message>
    <message>
        <source>Change breakdown of %1, year %2</source>
        <translation>Cambiar la desagregación de %1, año %2</translation>
    </message>
    <message>
        <source>%1: %2 in all; the year has no result to compare with.</source>
        <translation>%1: %2 en total; el año no tiene resultado con el cual comparar.</translation>
    </message>
    <message>
        <source>%1: %2 — adds up to the year&apos;s result.</source>
        <translation>%1: %2 — coincide con el resultado del año.</translation>
    </message>
    <message>
        <source>%1: %2 — does not add up to the year&apos;s result (%3).</source>
        <translation>%1: %2 — no coincide con el resultado del año (%3).</translation>
    </message>
    <message>
        <source>No breakdown for year %1.</source>
        <translation>No hay desagregación para el año %1.</translation>
    </message>
    <message>
        <source>Breakdown:</source>
        <translation>Desagregación:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
</context>
<context>
    <name>cpc::BreakdownLabelChange</name>
    <message>
        <source>this is not a breakdown label</source>
        <translation>esto no es un nombre de desagregación</translation>
    </message>
    <message>
        <source>a breakdown needs a name of one short line</source>
        <translation>una desagregación necesita un nombre corto de una línea</translation>
    </message>
    <message>
        <source>a category needs a name of one short line</source>
        <translation>una categoría necesita un nombre corto de una línea</translation>
    </message>
    <message>
        <source>the category is printed with the approved indicator %1; reopen it to change its label</source>
        <translation>la categoría se imprime con el indicador aprobado %1; reábralo para cambiar su nombre</translation>
    </message>
    <message>
        <source>the breakdown is printed with the approved indicator %1; reopen it to change its label</source>
        <translation>la desagregación se imprime con el indicador aprobado %1; reábralo para cambiar su nombre</translation>
    </message>
    <message>
        <source>the breakdown &apos;%1&apos; has no labels</source>
        <translation>la desagregación «%1» no tiene nombres</translation>
    </message>
    <message>
        <source>the breakdown&apos;s name does not match its place</source>
        <translation>el código de la desagregación no coincide con su lugar</translation>
    </message>
    <message>
        <source>the list is too long</source>
        <translation>la lista es demasiado larga</translation>
    </message>
    <message>
        <source>the category &apos;%1&apos; has no label</source>
        <translation>la categoría «%1» no tiene nombre</translation>
    </message>
    <message>
        <source>expected the language of the label (en or es)</source>
        <translation>se esperaba el idioma del nombre (en o es)</translation>
    </message>
    <message>
        <source>a label is one line of text</source>
        <translation>un nombre ocupa una sola línea de texto</translation>
    </message>
    <message>
        <source>a label can be at most %1 characters long</source>
        <translation>un nombre puede tener como máximo %1 caracteres</translation>
    </message>
</context>
<context>
    <name>cpc::BreakdownLabelModel</name>
    <message>
        <source>Breakdown: %1</source>
        <translation>Desagregación: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Categoría: %1</translation>
    </message>
    <message>
        <source>No English name yet: the English report would print &quot;%1&quot;.</source>
        <translation>Aún sin nombre en inglés: el informe en inglés mostraría «%1».</translation>
    </message>
    <message>
        <source>No Spanish name yet: the Spanish report would print &quot;%1&quot;.</source>
        <translation>Aún sin nombre en español: el informe en español mostraría «%1».</translation>
    </message>
    <message>
        <source>Printed as</source>
        <translation>Se imprime como</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Rename breakdown</source>
        <translation>Cambiar el nombre de la desagregación</translation>
    </message>
    <message>
        <source>Rename breakdown category</source>
        <translation>Cambiar el nombre de la categoría</translation>
    </message>
</context>
<context>
    <name>cpc::BreakdownLabelsJson</name>
    <message>
        <source>a label is one line of text</source>
        <translation>un nombre ocupa una sola línea de texto</translation>
    </message>
    <message>
        <source>a label can be at most %1 characters long</source>
        <translation>un nombre puede tener como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>the list is too long</source>
        <translation>la lista es demasiado larga</translation>
    </message>
    <message>
        <source>the category &apos;%1&apos; is labelled twice</source>
        <translation>la categoría «%1» tiene nombre dos veces</translation>
    </message>
    <message>
        <source>the breakdown &apos;%1&apos; is labelled twice</source>
        <translation>la desagregación «%1» tiene nombre dos veces</translation>
    </message>
    <message>
        <source>an entry to remove gives only its &apos;%1&apos; and &quot;remove&quot;: true</source>
        <translation>una entrada que se elimina indica solo su «%1» y &quot;remove&quot;: true</translation>
    </message>
</context>
<context>
    <name>cpc::ChangeApplier</name>
    <message>
        <source>this is not a part of a report that can be changed</source>
        <translation>esta no es una parte del informe que se pueda cambiar</translation>
    </message>
    <message>
        <source>the template cannot be empty</source>
        <translation>la plantilla no puede estar vacía</translation>
    </message>
    <message>
        <source>a period has a start and an end</source>
        <translation>un periodo tiene un inicio y un fin</translation>
    </message>
    <message>
        <source>unknown entity &apos;%1&apos;</source>
        <translation>entidad desconocida «%1»</translation>
    </message>
    <message>
        <source>this is not a field of the report</source>
        <translation>este no es un campo del informe</translation>
    </message>
    <message>
        <source>there is no entity &apos;%1&apos;</source>
        <translation>no existe la entidad «%1»</translation>
    </message>
    <message>
        <source>the list is too long</source>
        <translation>la lista es demasiado larga</translation>
    </message>
    <message>
        <source>this is not a field of an entity</source>
        <translation>este no es un campo de una entidad</translation>
    </message>
    <message>
        <source>there is no section &apos;%1&apos;</source>
        <translation>no existe la sección «%1»</translation>
    </message>
    <message>
        <source>this section is approved and locked; reopen it to change it</source>
        <translation>esta sección está aprobada y bloqueada; vuelva a abrirla para cambiarla</translation>
    </message>
    <message>
        <source>only an objective section has an objective number</source>
        <translation>solo una sección de objetivo tiene número de objetivo</translation>
    </message>
    <message>
        <source>this is not a field of a section</source>
        <translation>este no es un campo de una sección</translation>
    </message>
    <message>
        <source>there is no activity &apos;%1&apos;</source>
        <translation>no existe la actividad «%1»</translation>
    </message>
    <message>
        <source>an activity is created within its section (sections/ID/activities/ID)</source>
        <translation>una actividad se crea dentro de su sección (sections/ID/activities/ID)</translation>
    </message>
    <message>
        <source>this activity is approved and locked; reopen it to change it</source>
        <translation>esta actividad está aprobada y bloqueada; vuelva a abrirla para cambiarla</translation>
    </message>
    <message>
        <source>this is not a field of an activity</source>
        <translation>este no es un campo de una actividad</translation>
    </message>
    <message>
        <source>there is no indicator &apos;%1&apos;</source>
        <translation>no existe el indicador «%1»</translation>
    </message>
    <message>
        <source>there is no glossary term &apos;%1&apos;</source>
        <translation>no existe el término «%1» en el glosario</translation>
    </message>
    <message>
        <source>the glossary already has the term &apos;%1&apos;</source>
        <translation>el glosario ya tiene el término «%1»</translation>
    </message>
    <message>
        <source>the English term cannot be empty; remove the entry instead</source>
        <translation>el término en inglés no puede estar vacío; en su lugar, elimine la entrada</translation>
    </message>
    <message>
        <source>this is not a field of a glossary entry</source>
        <translation>este no es un campo de una entrada del glosario</translation>
    </message>
    <message>
        <source>expected the whole list of comments</source>
        <translation>se esperaba la lista completa de comentarios</translation>
    </message>
    <message>
        <source>there is already an activity &apos;%1&apos;</source>
        <translation>ya existe una actividad «%1»</translation>
    </message>
    <message>
        <source>the entity &apos;%1&apos; is still assigned to parts of the report</source>
        <translation>la entidad «%1» aún está asignada a partes del informe</translation>
    </message>
    <message>
        <source>there is already an entity &apos;%1&apos;</source>
        <translation>ya existe una entidad «%1»</translation>
    </message>
    <message>
        <source>the entity&apos;s id does not match its place</source>
        <translation>el identificador de la entidad no coincide con su ubicación</translation>
    </message>
    <message>
        <source>this section is approved and locked; reopen it first</source>
        <translation>esta sección está aprobada y bloqueada; vuelva a abrirla primero</translation>
    </message>
    <message>
        <source>there is already a section &apos;%1&apos;</source>
        <translation>ya existe una sección «%1»</translation>
    </message>
    <message>
        <source>the section&apos;s id does not match its place</source>
        <translation>el identificador de la sección no coincide con su ubicación</translation>
    </message>
    <message>
        <source>there is no activity &apos;%1&apos; in this section</source>
        <translation>no existe la actividad «%1» en esta sección</translation>
    </message>
    <message>
        <source>only an objective section has activities</source>
        <translation>solo una sección de objetivo tiene actividades</translation>
    </message>
    <message>
        <source>the activity&apos;s id does not match its place</source>
        <translation>el identificador de la actividad no coincide con su ubicación</translation>
    </message>
    <message>
        <source>this indicator is approved and locked; reopen it first</source>
        <translation>este indicador está aprobado y bloqueado; vuelva a abrirlo primero</translation>
    </message>
    <message>
        <source>there is already an indicator &apos;%1&apos;</source>
        <translation>ya existe un indicador «%1»</translation>
    </message>
    <message>
        <source>the indicator&apos;s id does not match its place</source>
        <translation>el identificador del indicador no coincide con su ubicación</translation>
    </message>
    <message>
        <source>the term does not match its place</source>
        <translation>el término no coincide con su ubicación</translation>
    </message>
    <message>
        <source>the indicator &apos;%1&apos; is approved and locked; reopen it before moving it</source>
        <translation>el indicador «%1» está aprobado y bloqueado; reábralo antes de moverlo</translation>
    </message>
    <message>
        <source>the section &apos;%1&apos; is approved and locked; reopen it before moving it</source>
        <translation>la sección «%1» está aprobada y bloqueada; reábrala antes de moverla</translation>
    </message>
</context>
<context>
    <name>cpc::ChangeDocumentReader</name>
    <message>
        <source>expected a change document: an object {...} in the shape of cpcreport-json/1</source>
        <translation>se esperaba un documento de cambios: un objeto {...} con la forma de cpcreport-json/1</translation>
    </message>
    <message>
        <source>the required field &apos;%1&apos; is missing; it says which object to change</source>
        <translation>falta el campo obligatorio «%1»; indica qué objeto se debe cambiar</translation>
    </message>
    <message>
        <source>an object to remove gives only its &apos;%1&apos; and &quot;remove&quot;: true</source>
        <translation>un objeto que se va a eliminar indica solo su «%1» y &quot;remove&quot;: true</translation>
    </message>
    <message>
        <source>unknown entity &apos;%1&apos;</source>
        <translation>entidad desconocida «%1»</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>el periodo termina (%1) antes de comenzar (%2)</translation>
    </message>
    <message>
        <source>the entity &apos;%1&apos; appears twice in this document</source>
        <translation>la entidad «%1» aparece dos veces en este documento</translation>
    </message>
    <message>
        <source>there is no entity &apos;%1&apos; to remove</source>
        <translation>no hay ninguna entidad «%1» para eliminar</translation>
    </message>
    <message>
        <source>the section &apos;%1&apos; appears twice in this document</source>
        <translation>la sección «%1» aparece dos veces en este documento</translation>
    </message>
    <message>
        <source>there is no section &apos;%1&apos; to remove</source>
        <translation>no hay ninguna sección «%1» para eliminar</translation>
    </message>
    <message>
        <source>there is already an activity &apos;%1&apos;</source>
        <translation>ya existe una actividad «%1»</translation>
    </message>
    <message>
        <source>the kind of a section cannot be changed (it is &quot;%1&quot;); remove the section and create it again</source>
        <translation>el tipo de una sección no se puede cambiar (es &quot;%1&quot;); elimine la sección y vuelva a crearla</translation>
    </message>
    <message>
        <source>only a section of kind &quot;objective&quot; has an objective number</source>
        <translation>solo una sección de tipo &quot;objective&quot; tiene número de objetivo</translation>
    </message>
    <message>
        <source>only a section of kind &quot;objective&quot; has activities</source>
        <translation>solo una sección de tipo &quot;objective&quot; tiene actividades</translation>
    </message>
    <message>
        <source>the activity &apos;%1&apos; appears twice in this section</source>
        <translation>la actividad «%1» aparece dos veces en esta sección</translation>
    </message>
    <message>
        <source>the activity &apos;%1&apos; belongs to the section &apos;%2&apos;</source>
        <translation>la actividad «%1» pertenece a la sección «%2»</translation>
    </message>
    <message>
        <source>there is no activity &apos;%1&apos; to remove</source>
        <translation>no hay ninguna actividad «%1» para eliminar</translation>
    </message>
    <message>
        <source>the indicator &apos;%1&apos; appears twice in this document</source>
        <translation>el indicador «%1» aparece dos veces en este documento</translation>
    </message>
    <message>
        <source>there is no indicator &apos;%1&apos; to remove</source>
        <translation>no hay ningún indicador «%1» para eliminar</translation>
    </message>
    <message>
        <source>a glossary entry is matched by its English term: give &quot;term&quot;: {&quot;en&quot;: ...}</source>
        <translation>una entrada del glosario se identifica por su término en inglés: indique &quot;term&quot;: {&quot;en&quot;: ...}</translation>
    </message>
    <message>
        <source>the term &apos;%1&apos; appears twice in this document</source>
        <translation>el término «%1» aparece dos veces en este documento</translation>
    </message>
    <message>
        <source>there is no glossary term &apos;%1&apos; to remove</source>
        <translation>no hay ningún término «%1» en el glosario para eliminar</translation>
    </message>
    <message>
        <source>an entry to remove gives only its English term and &quot;remove&quot;: true</source>
        <translation>una entrada que se va a eliminar indica solo su término en inglés y &quot;remove&quot;: true</translation>
    </message>
    <message>
        <source>the report would have more than %1 comments</source>
        <translation>el informe tendría más de %1 comentarios</translation>
    </message>
</context>
<context>
    <name>cpc::CommentsModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
</context>
<context>
    <name>cpc::CommentsPanel</name>
    <message>
        <source>&amp;Add Comment</source>
        <translation>&amp;Agregar comentario</translation>
    </message>
    <message>
        <source>Rep&amp;ly</source>
        <translation>Res&amp;ponder</translation>
    </message>
    <message>
        <source>Resol&amp;ve Thread</source>
        <translation>Resol&amp;ver hilo</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Comment as</source>
        <translation>Comentar como</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>Escriba un comentario</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nuevo comentario</translation>
    </message>
    <message>
        <source>A&amp;s:</source>
        <translation>C&amp;omo:</translation>
    </message>
    <message>
        <source>Comments on %1</source>
        <translation>Comentarios sobre %1</translation>
    </message>
    <message>
        <source>Choose a section, activity or indicator to see its comments.</source>
        <translation>Elija una sección, actividad o indicador para ver sus comentarios.</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Aún no hay comentarios.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s), resolved</source>
        <translation>
            <numerusform>%n comentario, resuelto</numerusform>
            <numerusform>%n comentarios, resueltos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s), open</source>
        <translation>
            <numerusform>%n comentario, abierto</numerusform>
            <numerusform>%n comentarios, abiertos</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen &amp;Thread</source>
        <translation>Reabrir &amp;hilo</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Agregar comentario</translation>
    </message>
    <message>
        <source>Resolve comments</source>
        <translation>Resolver comentarios</translation>
    </message>
    <message>
        <source>Reopen comments</source>
        <translation>Reabrir comentarios</translation>
    </message>
</context>
<context>
    <name>cpc::ContributionActions</name>
    <message>
        <source>Request &amp;Contribution From…</source>
        <translation>Solicitar &amp;contribución a…</translation>
    </message>
    <message>
        <source>&amp;Merge Contribution…</source>
        <translation>&amp;Integrar contribución…</translation>
    </message>
    <message>
        <source>Write a copy of the report for one entity to fill in its parts</source>
        <translation>Generar una copia del informe para que una entidad complete sus partes</translation>
    </message>
    <message>
        <source>Review a contribution that came back and bring it into the report</source>
        <translation>Revisar una contribución recibida e integrarla al informe</translation>
    </message>
    <message>
        <source>Contribution request for %1 written to %2.</source>
        <translation>Solicitud de contribución para %1 guardada en %2.</translation>
    </message>
    <message>
        <source>Merge Contribution</source>
        <translation>Integrar contribución</translation>
    </message>
    <message>
        <source>This file cannot be merged into the report; nothing was changed.

%1</source>
        <translation>Este archivo no se puede integrar al informe; no se cambió nada.

%1</translation>
    </message>
    <message>
        <source>Everything in %1&apos;s contribution is already in the report.</source>
        <translation>Todo lo de la contribución de %1 ya está en el informe.</translation>
    </message>
    <message>
        <source>%1&apos;s contribution changes nothing in the report.</source>
        <translation>La contribución de %1 no cambia nada en el informe.</translation>
    </message>
    <message>
        <source>The contribution could not be merged; nothing was changed.

%1</source>
        <translation>No se pudo integrar la contribución; no se cambió nada.

%1</translation>
    </message>
    <message>
        <source>Merge contribution from %1</source>
        <translation>Integrar contribución de %1</translation>
    </message>
    <message>
        <source>Merged %1&apos;s contribution: %2 fields changed, %3 conflicts kept as they were, %4 refused.</source>
        <translation>Contribución de %1 integrada: %2 campos cambiados, %3 conflictos conservados como estaban, %4 rechazados.</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
</context>
<context>
    <name>cpc::ContributionRequest</name>
    <message>
        <source>unknown entity &apos;%1&apos;</source>
        <translation>entidad desconocida «%1»</translation>
    </message>
    <message>
        <source>nothing in the report is assigned to &apos;%1&apos;; assign sections, activities or indicators first</source>
        <translation>no hay nada del informe asignado a «%1»; asigne primero secciones, actividades o indicadores</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>se esperaba una fecha en formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>this file is itself a contribution; requests are made from the report</source>
        <translation>este archivo ya es un aporte; las solicitudes se hacen desde el informe</translation>
    </message>
    <message>
        <source>this contribution is %1&apos;s; it cannot be edited as another entity</source>
        <translation>este aporte es de %1; no se puede editar como otra entidad</translation>
    </message>
    <message>
        <source>this part was not asked of %1 in this contribution; only its own parts can be changed</source>
        <translation>esta parte no se le solicitó a %1 en este aporte; solo se pueden cambiar sus propias partes</translation>
    </message>
</context>
<context>
    <name>cpc::ContributionScope</name>
    <message>
        <source>the comment of %1 of %2 was removed or reworded; comments can only be added or resolved</source>
        <translation>se eliminó o modificó el comentario de %1 del %2; los comentarios solo se pueden agregar o resolver</translation>
    </message>
    <message>
        <source>a comment written as %1 cannot come in %2&apos;s contribution</source>
        <translation>un comentario escrito como %1 no puede venir en el aporte de %2</translation>
    </message>
    <message>
        <source>the thread on %1 &apos;%2&apos; was not asked of %3; only threads on its own parts can be resolved</source>
        <translation>el hilo sobre %1 «%2» no se le solicitó a %3; solo puede resolver hilos sobre sus propias partes</translation>
    </message>
</context>
<context>
    <name>cpc::CoverPage</name>
    <message>
        <source>Cover details</source>
        <translation>Datos de la portada</translation>
    </message>
    <message>
        <source>Reporting year:</source>
        <translation>Año del informe:</translation>
    </message>
    <message>
        <source>Reporting period:</source>
        <translation>Periodo del informe:</translation>
    </message>
    <message>
        <source>Source language:</source>
        <translation>Idioma de origen:</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Elaborado por:</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Título del informe</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Alianza</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
</context>
<context>
    <name>cpc::Database</name>
    <message>
        <source>cannot open the file (%1)</source>
        <translation>no se puede abrir el archivo (%1)</translation>
    </message>
    <message>
        <source>the file could not be written or read (%1)</source>
        <translation>no se pudo escribir ni leer el archivo (%1)</translation>
    </message>
</context>
<context>
    <name>cpc::DisaggregationModel</name>
    <message>
        <source>Change breakdown of %1, year %2</source>
        <translation>Cambiar la desagregación de %1, año %2</translation>
    </message>
    <message>
        <source>Remove breakdown category</source>
        <translation>Quitar categoría de la desagregación</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Desagregación</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write it like %2.</source>
        <translation>«%1» no es un número. Escríbalo así: %2.</translation>
    </message>
</context>
<context>
    <name>cpc::DocxExporter</name>
    <message>
        <source>the export was cancelled</source>
        <translation>se canceló la exportación</translation>
    </message>
</context>
<context>
    <name>cpc::DocxPackage</name>
    <message>
        <source>the Word document could not be assembled (%1)</source>
        <translation>no se pudo armar el documento de Word (%1)</translation>
    </message>
</context>
<context>
    <name>cpc::EditSession</name>
    <message>
        <source>Typing</source>
        <translation>escritura</translation>
    </message>
    <message>
        <source>Edit of %1</source>
        <translation>edición de %1</translation>
    </message>
</context>
<context>
    <name>cpc::ExportIndicatorsDialog</name>
    <message>
        <source>Export Indicator Data</source>
        <translation>Exportar datos de indicadores</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Libro de Excel (XLSX)</translation>
    </message>
    <message>
        <source>CSV (comma- or semicolon-separated text)</source>
        <translation>CSV (texto separado por comas o punto y coma)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Language of headers and names</source>
        <translation>Idioma de encabezados y nombres</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Language of headers:</source>
        <translation>&amp;Idioma de los encabezados:</translation>
    </message>
    <message numerus="yes">
        <source>Small-number protection is on: counts of child victims from 1 to %1 are shown as &quot;%2&quot;, and %n other cell(s) are hidden so they cannot be worked out. The report keeps the real values.</source>
        <translation>
            <numerusform>La protección de cifras pequeñas está activada: los conteos de niñas, niños y adolescentes víctimas de 1 a %1 se muestran como «%2», y se oculta %n celda más para que no puedan deducirse. El informe conserva los valores reales.</numerusform>
            <numerusform>La protección de cifras pequeñas está activada: los conteos de niñas, niños y adolescentes víctimas de 1 a %1 se muestran como «%2», y se ocultan otras %n celdas para que no puedan deducirse. El informe conserva los valores reales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Small-number protection is off: every value is written as it is in the report.</source>
        <translation>La protección de cifras pequeñas está desactivada: todos los valores se escriben tal como están en el informe.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>%1 indicators</source>
        <translation>%1 indicadores</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The indicator data could not be written: %1</source>
        <translation>No se pudieron escribir los datos de indicadores: %1</translation>
    </message>
    <message>
        <source>E&amp;xport Indicator Data…</source>
        <translation>E&amp;xportar datos de indicadores…</translation>
    </message>
</context>
<context>
    <name>cpc::FieldLabel</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Qué se hizo</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrativa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Estado de revisión</translation>
    </message>
    <message>
        <source>Reason for returning</source>
        <translation>Motivo de la devolución</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Forms of trafficking</source>
        <translation>Modalidades de trata</translation>
    </message>
    <message>
        <source>Actual, year %1</source>
        <translation>Logro, año %1</translation>
    </message>
    <message>
        <source>Target, year %1</source>
        <translation>Meta, año %1</translation>
    </message>
    <message>
        <source>Explanation of the difference, year %1</source>
        <translation>Explicación de la diferencia, año %1</translation>
    </message>
    <message>
        <source>Breakdown, year %1</source>
        <translation>Desagregación, año %1</translation>
    </message>
    <message>
        <source>Breakdown, year %1: %2</source>
        <translation>Desagregación, año %1: %2</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Actividad %1</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Indicador %1</translation>
    </message>
    <message>
        <source>Order of the activities</source>
        <translation>Orden de las actividades</translation>
    </message>
    <message>
        <source>Order of the indicators</source>
        <translation>Orden de los indicadores</translation>
    </message>
    <message>
        <source>Order of the sections</source>
        <translation>Orden de las secciones</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Alianza</translation>
    </message>
</context>
<context>
    <name>cpc::FileDialog</name>
    <message>
        <source>CPC reports (*.cpcreport)</source>
        <translation>Informes CPC (*.cpcreport)</translation>
    </message>
    <message>
        <source>Report documents (*.json)</source>
        <translation>Documentos de informe (*.json)</translation>
    </message>
</context>
<context>
    <name>cpc::FileLock</name>
    <message>
        <source>%1 on %2, process %3</source>
        <translation>%1 en %2, proceso %3</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
</context>
<context>
    <name>cpc::FindPanel</name>
    <message>
        <source>Find in English and Spanish</source>
        <translation>Buscar en inglés y español</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Texto que desea buscar</translation>
    </message>
    <message>
        <source>Places found</source>
        <translation>Coincidencias encontradas</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No se encontró</translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation>%1 coincidencias</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Title of the report</source>
        <translation>Título del informe</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Alianza</translation>
    </message>
    <message>
        <source>Activity %1: %2</source>
        <translation>Actividad %1: %2</translation>
    </message>
    <message>
        <source>Indicator %1: %2</source>
        <translation>Indicador %1: %2</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Term “%1”</source>
        <translation>Término «%1»</translation>
    </message>
    <message>
        <source>Definition of “%1”</source>
        <translation>Definición de «%1»</translation>
    </message>
</context>
<context>
    <name>cpc::FindingsModel</name>
    <message>
        <source>Section %1</source>
        <translation>Sección %1</translation>
    </message>
    <message>
        <source>Section “%1”</source>
        <translation>Sección «%1»</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Actividad %1</translation>
    </message>
    <message>
        <source>Activity %1 “%2”</source>
        <translation>Actividad %1 «%2»</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Indicador %1</translation>
    </message>
    <message>
        <source>Indicator %1 “%2”</source>
        <translation>Indicador %1 «%2»</translation>
    </message>
    <message>
        <source>Entity %1</source>
        <translation>Entidad %1</translation>
    </message>
    <message>
        <source>Glossary term “%1”</source>
        <translation>Término del glosario «%1»</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>El informe</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>año %1</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): the report is not ready</source>
        <translation>
            <numerusform>%n error: el informe no está listo</numerusform>
            <numerusform>%n errores: el informe no está listo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): worth a look</source>
        <translation>
            <numerusform>%n advertencia: conviene revisarlas</numerusform>
            <numerusform>%n advertencias: conviene revisarlas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>Privacy warnings can be dismissed once you have checked the text.</source>
        <translation>Las advertencias de privacidad se pueden descartar una vez revisado el texto.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
</context>
<context>
    <name>cpc::FirstRunDialog</name>
    <message>
        <source>Welcome to CPC Report Studio</source>
        <translation>Le damos la bienvenida a CPC Report Studio</translation>
    </message>
    <message>
        <source>Explore the &amp;sample report</source>
        <translation>Explorar el informe de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Start a &amp;new report</source>
        <translation>Comenzar un informe &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>the sample report is not installed</source>
        <translation>el informe de ejemplo no está instalado</translation>
    </message>
    <message>
        <source>CPC sample report</source>
        <translation>Informe de ejemplo CPC</translation>
    </message>
    <message>
        <source>the sample report could not be read</source>
        <translation>no se pudo leer el informe de ejemplo</translation>
    </message>
    <message>
        <source>CPC Report Studio helps you write the annual report of the CPC Partnership in Spanish and English. Everything you type is saved at once.</source>
        <translation>CPC Report Studio le ayuda a redactar el informe anual de la Alianza CPC en español e inglés. Todo lo que escribe se guarda de inmediato.</translation>
    </message>
    <message>
        <source>Who are you? Your name and entity are recorded with each change you make, so that everyone can see who wrote what. You can leave them empty and set them later in Preferences.</source>
        <translation>¿Quién es usted? Su nombre y su entidad quedan registrados con cada cambio que haga, para que todos sepan quién escribió qué. Puede dejarlos en blanco e indicarlos más adelante en Preferencias.</translation>
    </message>
    <message>
        <source>How would you like to begin?</source>
        <translation>¿Cómo desea comenzar?</translation>
    </message>
    <message>
        <source>Sample report</source>
        <translation>Informe de ejemplo</translation>
    </message>
</context>
<context>
    <name>cpc::FirstRunLayout</name>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Restablecer diseño</translation>
    </message>
    <message>
        <source>Put every panel back in its place, arranged for this screen</source>
        <translation>Vuelve a poner cada panel en su lugar, organizado para esta pantalla</translation>
    </message>
</context>
<context>
    <name>cpc::Guidance</name>
    <message>
        <source>%1–%2 words</source>
        <translation>%1–%2 palabras</translation>
    </message>
    <message>
        <source>at most %1 words</source>
        <translation>como máximo %1 palabras</translation>
    </message>
    <message>
        <source>at least %1 words</source>
        <translation>como mínimo %1 palabras</translation>
    </message>
</context>
<context>
    <name>cpc::GuidedSplit</name>
    <message>
        <source>Guidance</source>
        <translation>Orientación</translation>
    </message>
</context>
<context>
    <name>cpc::HistoryModel</name>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>applied from a file</source>
        <translation>aplicado desde un archivo</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>integrado</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restaurado</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>deshecho</translation>
    </message>
    <message>
        <source>redone</source>
        <translation>rehecho</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
</context>
<context>
    <name>cpc::HistoryPanel</name>
    <message>
        <source>Restore &amp;Before</source>
        <translation>Restaurar &amp;anterior</translation>
    </message>
    <message>
        <source>Restore &amp;After</source>
        <translation>Restaurar &amp;posterior</translation>
    </message>
    <message>
        <source>Text or value</source>
        <translation>Texto o valor</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Put back the value this field had before the chosen change</source>
        <translation>Restablecer el valor que tenía este campo antes del cambio elegido</translation>
    </message>
    <message>
        <source>Put back the value this field had right after the chosen change</source>
        <translation>Restablecer el valor que tenía este campo justo después del cambio elegido</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Campo:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&lt;p&gt;No change of this field is recorded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hay cambios registrados de este campo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a change to see what it changed, or two to compare those versions.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elija un cambio para ver qué modificó, o dos para comparar esas versiones.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1, %2 by %3</source>
        <translation>%1, %2 por %3</translation>
    </message>
    <message>
        <source>From the version of %1 (%2) to the version of %3 (%4)</source>
        <translation>De la versión del %1 (%2) a la versión del %3 (%4)</translation>
    </message>
    <message>
        <source>That is already the current version.</source>
        <translation>Esa ya es la versión actual.</translation>
    </message>
    <message>
        <source>Restore earlier version</source>
        <translation>Restaurar versión anterior</translation>
    </message>
</context>
<context>
    <name>cpc::IdentityForm</name>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>e.g. Ana Pérez</source>
        <translation>p. ej., Ana Pérez</translation>
    </message>
    <message>
        <source>Recorded with every change you make and with the contributions you request or merge</source>
        <translation>Se registra con cada cambio que usted hace y con los aportes que solicita o integra</translation>
    </message>
    <message>
        <source>Your entity</source>
        <translation>Su entidad</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Your &amp;entity:</source>
        <translation>Su &amp;entidad:</translation>
    </message>
</context>
<context>
    <name>cpc::ImportChangesModel</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>After import</source>
        <translation>Después de importar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>cpc::ImportErrorsModel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Line or cell</source>
        <translation>Línea o celda</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>cpc::ImportIndicatorsDialog</name>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>Import Indicator Data</source>
        <translation>Importar datos de indicadores</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Archivo de datos</translation>
    </message>
    <message>
        <source>a CSV or XLSX file, one row per indicator and year</source>
        <translation>un archivo CSV o XLSX, una fila por indicador y año</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>as given in the file</source>
        <translation>el que indica el archivo</translation>
    </message>
    <message>
        <source>Year for rows without one</source>
        <translation>Año para las filas sin año</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Year for rows without one:</source>
        <translation>Año para las filas &amp;sin año:</translation>
    </message>
    <message>
        <source>Values that will change</source>
        <translation>Valores que cambiarán</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>Filas que no se pueden importar</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose the file to import. Nothing changes until you press Import.</source>
        <translation>Elija el archivo que desea importar. Nada cambia hasta que presione Importar.</translation>
    </message>
    <message>
        <source>Indicator data (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Datos de indicadores (*.csv *.xlsx);;Archivos CSV (*.csv);;Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>the file is too large (at most %1 MB)</source>
        <translation>el archivo es demasiado grande (máximo %1 MB)</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>no se puede leer el archivo (%1)</translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Cambios (%1)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported. Correct the file and choose it again; nothing will be imported until every row is right.</source>
        <translation>
            <numerusform>%n fila no se puede importar. Corrija el archivo y vuelva a elegirlo; no se importará nada hasta que todas las filas estén bien.</numerusform>
            <numerusform>%n filas no se pueden importar. Corrija el archivo y vuelva a elegirlo; no se importará nada hasta que todas las filas estén bien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation>Leído: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) will change</source>
        <translation>
            <numerusform>cambiará %n valor</numerusform>
            <numerusform>cambiarán %n valores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already as in the file</source>
        <translation>
            <numerusform>%n ya igual que en el archivo</numerusform>
            <numerusform>%n ya iguales que en el archivo</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>Columnas ignoradas: %1.</translation>
    </message>
    <message>
        <source>Import indicator data from %1</source>
        <translation>Importar datos de indicadores de %1</translation>
    </message>
</context>
<context>
    <name>cpc::IndicatorChange</name>
    <message>
        <source>this indicator is approved and locked; reopen it to change it</source>
        <translation>este indicador está aprobado y bloqueado; vuelva a abrirlo para cambiarlo</translation>
    </message>
    <message>
        <source>a baseline has a value and a period</source>
        <translation>una línea de base tiene un valor y un periodo</translation>
    </message>
    <message>
        <source>this is not a field of an indicator</source>
        <translation>este no es un campo de un indicador</translation>
    </message>
    <message>
        <source>set one category at a time (…/disaggregation/YEAR/DIMENSION/CATEGORY)</source>
        <translation>defina una categoría a la vez (…/disaggregation/AÑO/DIMENSIÓN/CATEGORÍA)</translation>
    </message>
    <message>
        <source>a breakdown needs a name</source>
        <translation>una desagregación necesita un nombre</translation>
    </message>
    <message>
        <source>a category needs a name</source>
        <translation>una categoría necesita un nombre</translation>
    </message>
    <message>
        <source>too many breakdowns for one year</source>
        <translation>demasiadas desagregaciones para un año</translation>
    </message>
    <message>
        <source>the list is too long</source>
        <translation>la lista es demasiado larga</translation>
    </message>
</context>
<context>
    <name>cpc::IndicatorChart</name>
    <message>
        <source>Chart of targets and results</source>
        <translation>Gráfico de metas y resultados</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Result (running total)</source>
        <translation>Resultado (acumulado)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Year (0 = baseline)</source>
        <translation>Año (0 = línea de base)</translation>
    </message>
</context>
<context>
    <name>cpc::IndicatorJsonReader</name>
    <message>
        <source>at most %1 entries are allowed</source>
        <translation>se permiten como máximo %1 entradas</translation>
    </message>
    <message>
        <source>this name appears twice</source>
        <translation>este nombre aparece dos veces</translation>
    </message>
    <message>
        <source>a period can be at most %1 characters long</source>
        <translation>un periodo puede tener como máximo %1 caracteres</translation>
    </message>
</context>
<context>
    <name>cpc::IndicatorPage</name>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>What the indicator measures</source>
        <translation>Qué mide el indicador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Fuente de los datos</translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation>Cambiar la unidad</translation>
    </message>
    <message>
        <source>Change direction</source>
        <translation>Cambiar la dirección</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Por año</translation>
    </message>
    <message>
        <source>Cumulative since the baseline</source>
        <translation>Acumulado desde la línea de base</translation>
    </message>
    <message>
        <source>Change how the indicator is counted</source>
        <translation>Cambiar la forma de conteo del indicador</translation>
    </message>
    <message>
        <source>Remove baseline</source>
        <translation>Quitar la línea de base</translation>
    </message>
    <message>
        <source>Change baseline</source>
        <translation>Cambiar la línea de base</translation>
    </message>
    <message>
        <source>Change baseline period</source>
        <translation>Cambiar el período de la línea de base</translation>
    </message>
    <message>
        <source>&amp;Key indicator (leads the indicator section of the PDF)</source>
        <translation>Indicador &amp;clave (encabeza la sección de indicadores del PDF)</translation>
    </message>
    <message>
        <source>Mark as key indicator</source>
        <translation>Marcar como indicador clave</translation>
    </message>
    <message>
        <source>Unmark key indicator</source>
        <translation>Desmarcar indicador clave</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Counted:</source>
        <translation>&amp;Conteo:</translation>
    </message>
    <message>
        <source>&amp;measured in:</source>
        <translation>&amp;medida en:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Línea de base:</translation>
    </message>
    <message>
        <source>Baseline value</source>
        <translation>Valor de la línea de base</translation>
    </message>
    <message>
        <source>Baseline period</source>
        <translation>Período de la línea de base</translation>
    </message>
    <message>
        <source>Targets and results</source>
        <translation>Metas y resultados</translation>
    </message>
    <message>
        <source>Targets and results by year</source>
        <translation>Metas y resultados por año</translation>
    </message>
    <message>
        <source>Set next year&apos;s target of %1</source>
        <translation>Fijar la meta del próximo año de %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write it like %2.</source>
        <translation>«%1» no es un número. Escríbalo así: %2.</translation>
    </message>
    <message>
        <source>Explanation for year %1</source>
        <translation>Explicación del año %1</translation>
    </message>
    <message>
        <source>Indicator %1: %2</source>
        <translation>Indicador %1: %2</translation>
    </message>
    <message>
        <source>&amp;Target for year %1 (agreed at the Dialogue):</source>
        <translation>&amp;Meta para el año %1 (acordada en el Diálogo):</translation>
    </message>
    <message>
        <source>Target for year %1</source>
        <translation>Meta para el año %1</translation>
    </message>
    <message>
        <source>The result is %1 short of the target. The explanation below is published with it.</source>
        <translation>El resultado está %1 por debajo de la meta. La explicación de abajo se publica con él.</translation>
    </message>
    <message>
        <source>The result is %1 short of the target: explain why, in both languages.</source>
        <translation>El resultado está %1 por debajo de la meta: explique por qué, en ambos idiomas.</translation>
    </message>
    <message>
        <source>No explanation is needed for this year; you may still add one.</source>
        <translation>Este año no requiere explicación; aun así puede agregar una.</translation>
    </message>
</context>
<context>
    <name>cpc::IndicatorYearModel</name>
    <message>
        <source>Year %1 (this report)</source>
        <translation>Año %1 (este informe)</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Año %1</translation>
    </message>
    <message>
        <source>explanation needed</source>
        <translation>requiere explicación</translation>
    </message>
    <message>
        <source>Cumulative indicator: the running total since the baseline is compared with the target.</source>
        <translation>Indicador acumulado: se compara con la meta el total acumulado desde la línea de base.</translation>
    </message>
    <message>
        <source>The result is %1 short of the target: explain why below.</source>
        <translation>El resultado está %1 por debajo de la meta: explique abajo por qué.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% de la meta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write it like %2.</source>
        <translation>«%1» no es un número. Escríbalo así: %2.</translation>
    </message>
    <message>
        <source>Change target of %1, year %2</source>
        <translation>Cambiar la meta de %1, año %2</translation>
    </message>
    <message>
        <source>Change result of %1, year %2</source>
        <translation>Cambiar el resultado de %1, año %2</translation>
    </message>
</context>
<context>
    <name>cpc::InputFile</name>
    <message>
        <source>no file name was given</source>
        <translation>no se indicó un nombre de archivo</translation>
    </message>
    <message>
        <source>this name is a link to a file that does not exist</source>
        <translation>este nombre es un enlace a un archivo que no existe</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>esto es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>this is a device, a pipe or a socket, not a saved file; give the path of a file</source>
        <translation>esto es un dispositivo, una tubería o un socket, no un archivo guardado; indique la ruta de un archivo</translation>
    </message>
</context>
<context>
    <name>cpc::JsonFieldReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>expected an object {...}, found %1</source>
        <translation>se esperaba un objeto {...}, pero se encontró %1</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;; expected one of: %2</source>
        <translation>campo desconocido «%1»; se esperaba uno de estos: %2</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; appears twice</source>
        <translation>el campo «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>the required field &apos;%1&apos; is missing</source>
        <translation>falta el campo obligatorio «%1»</translation>
    </message>
    <message>
        <source>expected a list [...], found %1</source>
        <translation>se esperaba una lista [...], pero se encontró %1</translation>
    </message>
    <message>
        <source>the list has %1 entries; at most %2 are allowed</source>
        <translation>la lista tiene %1 entradas; se permiten como máximo %2</translation>
    </message>
    <message>
        <source>the text has %1 characters; at most %2 are allowed</source>
        <translation>el texto tiene %1 caracteres; se permiten como máximo %2</translation>
    </message>
    <message>
        <source>the text contains the control character U+%1 at character %2</source>
        <translation>el texto contiene el carácter de control U+%1 en la posición %2</translation>
    </message>
    <message>
        <source>the text contains half of a surrogate pair at character %1</source>
        <translation>el texto contiene la mitad de un par suplente en la posición %1</translation>
    </message>
    <message>
        <source>the link at character %1 has %2 characters; a link can have at most %3</source>
        <translation>el enlace en el carácter %1 tiene %2 caracteres; un enlace puede tener como máximo %3</translation>
    </message>
    <message>
        <source>expected a text &quot;...&quot;, found %1</source>
        <translation>se esperaba un texto &quot;...&quot;, pero se encontró %1</translation>
    </message>
    <message>
        <source>expected a non-empty text</source>
        <translation>se esperaba un texto no vacío</translation>
    </message>
    <message>
        <source>this name is longer than %1 characters</source>
        <translation>este nombre tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>an id or name cannot contain line breaks or tabs</source>
        <translation>un identificador o nombre no puede contener saltos de línea ni tabulaciones</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation>se esperaba uno de estos: %1</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>se esperaba un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>expected a number or null, found %1</source>
        <translation>se esperaba un número o null, pero se encontró %1</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>se esperaba un número, pero se encontró %1</translation>
    </message>
    <message>
        <source>expected a number of at most %L1 in size</source>
        <translation>se esperaba un número cuyo tamaño no supere %L1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>se esperaba true o false, pero se encontró %1</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>se esperaba una fecha en formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>the date %1 does not exist</source>
        <translation>la fecha %1 no existe</translation>
    </message>
    <message>
        <source>expected a date and time in ISO 8601 form, e.g. 2023-08-01T10:00:00Z</source>
        <translation>se esperaba una fecha y hora en formato ISO 8601, p. ej., 2023-08-01T10:00:00Z</translation>
    </message>
    <message>
        <source>expected a reporting year from &quot;1&quot; to &quot;%1&quot; as the key</source>
        <translation>se esperaba como clave un año del informe de &quot;1&quot; a &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in the list</source>
        <translation>«%1» aparece dos veces en la lista</translation>
    </message>
    <message>
        <source>only one side of a text can be stale</source>
        <translation>solo una de las versiones de un texto puede estar desactualizada</translation>
    </message>
    <message>
        <source>a side can be stale only when both sides have text</source>
        <translation>una versión solo puede estar desactualizada cuando ambas versiones tienen texto</translation>
    </message>
</context>
<context>
    <name>cpc::JsonTextReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, línea %2, columna %3</translation>
    </message>
    <message>
        <source>the file is %1 MB; a report document can be at most %2 MB</source>
        <translation>el archivo ocupa %1 MB; un documento de informe puede ocupar como máximo %2 MB</translation>
    </message>
    <message>
        <source>the file is empty; expected a cpcreport-json document</source>
        <translation>el archivo está vacío; se esperaba un documento cpcreport-json</translation>
    </message>
    <message>
        <source>this is not a JSON document; expected an object {...}</source>
        <translation>este no es un documento JSON; se esperaba un objeto {...}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (invalid byte at offset %1); save it with the UTF-8 encoding</source>
        <translation>el archivo no es texto UTF-8 (byte no válido en la posición %1); guárdelo con la codificación UTF-8</translation>
    </message>
    <message>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation>el JSON tiene más de %1 niveles de anidamiento</translation>
    </message>
    <message>
        <source>this is not valid JSON: %1</source>
        <translation>este no es un JSON válido: %1</translation>
    </message>
</context>
<context>
    <name>cpc::LogOwnership</name>
    <message>
        <source>a rollback journal lies beside the report, but CPC Report Studio never writes one: it belongs to another file (perhaps copied along with this one). The report was not opened and is unchanged; move that file away to open it</source>
        <translation>junto al informe hay un diario de reversión, pero CPC Report Studio nunca escribe uno: pertenece a otro archivo (quizá se copió junto con este). El informe no se abrió y no cambió; retire ese archivo para abrirlo</translation>
    </message>
    <message>
        <source>this file of unsaved changes lies beside the report but was not written for it (it was probably copied from another report). The report was not opened and is unchanged; move that file away to open the report as it was last saved</source>
        <translation>este archivo de cambios pendientes está junto al informe, pero no se escribió para él (probablemente se copió de otro informe). El informe no se abrió y no cambió; retire ese archivo para abrir el informe tal como se guardó por última vez</translation>
    </message>
    <message>
        <source>the file of unsaved changes beside the report could not be checked (%1)</source>
        <translation>no se pudo revisar el archivo de cambios pendientes que está junto al informe (%1)</translation>
    </message>
    <message>
        <source>no room for a copy?</source>
        <translation>¿no hay espacio para una copia?</translation>
    </message>
</context>
<context>
    <name>cpc::MainWindow</name>
    <message>
        <source>Navigator</source>
        <translation>Navegador</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Report navigator</source>
        <translation>Navegador del informe</translation>
    </message>
    <message>
        <source>Report in use</source>
        <translation>Informe en uso</translation>
    </message>
    <message>
        <source>%1 has this report open:
%2

Open it read-only? You can read, search and print it, but not change it, so that no one&apos;s work is overwritten.</source>
        <translation>%1 tiene abierto este informe:
%2

¿Desea abrirlo en modo de solo lectura? Podrá leerlo, buscar en él e imprimirlo, pero no cambiarlo, para que no se sobrescriba el trabajo de nadie.</translation>
    </message>
    <message>
        <source>Could not open the report</source>
        <translation>No se pudo abrir el informe</translation>
    </message>
    <message>
        <source>The report could not be opened.

%1</source>
        <translation>No se pudo abrir el informe.

%1</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>No se guardó el cambio</translation>
    </message>
    <message>
        <source>The change could not be made.

%1</source>
        <translation>No se pudo hacer el cambio.

%1</translation>
    </message>
    <message>
        <source>Read-only: this report cannot be changed here.</source>
        <translation>Solo lectura: este informe no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>No report is open. Open a report or start a new one.</source>
        <translation>No hay ningún informe abierto. Abra un informe o comience uno nuevo.</translation>
    </message>
    <message>
        <source>&amp;Open a report…</source>
        <translation>&amp;Abrir un informe…</translation>
    </message>
    <message>
        <source>Start a &amp;new report…</source>
        <translation>Comenzar un informe &amp;nuevo…</translation>
    </message>
    <message>
        <source>CPC Report Studio</source>
        <translation>CPC Report Studio</translation>
    </message>
    <message>
        <source>%1 — CPC Report Studio</source>
        <translation>%1 — CPC Report Studio</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[solo lectura]</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <source>Choose another name: this is the report itself.</source>
        <translation>Elija otro nombre: este es el propio informe.</translation>
    </message>
    <message>
        <source>The copy could not be saved.

%1</source>
        <translation>No se pudo guardar la copia.

%1</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>Abrir informe</translation>
    </message>
    <message>
        <source>&amp;New Report…</source>
        <translation>&amp;Nuevo informe…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Guardar una copia como…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Import Indicator Data…</source>
        <translation>Importar &amp;datos de indicadores…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>&amp;Find in Both Languages…</source>
        <translation>&amp;Buscar en ambos idiomas…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About CPC Report Studio</source>
        <translation>&amp;Acerca de CPC Report Studio</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Go to the &amp;Navigator</source>
        <translation>Ir al &amp;navegador</translation>
    </message>
    <message>
        <source>Go to the &amp;Page</source>
        <translation>Ir a la &amp;página</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Read-only: %1 has this report open. You can read, search and print it; close it there and reopen it here to make changes.</source>
        <translation>Solo lectura: %1 tiene abierto este informe. Puede leerlo, buscar en él e imprimirlo; ciérrelo allá y vuelva a abrirlo aquí para hacer cambios.</translation>
    </message>
    <message>
        <source>Export &amp;Word document…</source>
        <translation>Exportar documento de &amp;Word…</translation>
    </message>
    <message>
        <source>An editable Word version of the report, in both languages, for comments</source>
        <translation>Una versión editable del informe en Word, en ambos idiomas, para recibir comentarios</translation>
    </message>
</context>
<context>
    <name>cpc::MergePlanner</name>
    <message>
        <source>this file is not a contribution (it answers no request)</source>
        <translation>este archivo no es un aporte (no responde a ninguna solicitud)</translation>
    </message>
    <message>
        <source>this contribution belongs to another report</source>
        <translation>este aporte pertenece a otro informe</translation>
    </message>
    <message>
        <source>this contribution answers a request that this report did not make</source>
        <translation>este aporte responde a una solicitud que este informe no hizo</translation>
    </message>
    <message>
        <source>this contribution claims to be from %1, but the request was made to %2</source>
        <translation>este aporte dice ser de %1, pero la solicitud se le hizo a %2</translation>
    </message>
    <message>
        <source>the record of this request is damaged</source>
        <translation>el registro de esta solicitud está dañado</translation>
    </message>
</context>
<context>
    <name>cpc::NewPartDialog</name>
    <message>
        <source>New Activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <source>What is the activity called? You can write the other language later.</source>
        <translation>¿Cómo se llama la actividad? Puede escribir el otro idioma más adelante.</translation>
    </message>
    <message>
        <source>Add Activity</source>
        <translation>Añadir actividad</translation>
    </message>
    <message>
        <source>New Indicator</source>
        <translation>Nuevo indicador</translation>
    </message>
    <message>
        <source>What does the indicator measure? You can write the other language later, and its definition, unit and targets on its page.</source>
        <translation>¿Qué mide el indicador? Puede escribir el otro idioma más adelante, y su definición, unidad y metas en su página.</translation>
    </message>
    <message>
        <source>Add Indicator</source>
        <translation>Añadir indicador</translation>
    </message>
    <message>
        <source>New Glossary Term</source>
        <translation>Nuevo término del glosario</translation>
    </message>
    <message>
        <source>The term in both languages; its definition goes on the glossary page. The English term is required: the glossary knows the entry by it.</source>
        <translation>El término en los dos idiomas; su definición se escribe en la página del glosario. El término en inglés es obligatorio: el glosario identifica la entrada por él.</translation>
    </message>
    <message>
        <source>Add Term</source>
        <translation>Añadir término</translation>
    </message>
    <message>
        <source>New Entity</source>
        <translation>Nueva entidad</translation>
    </message>
    <message>
        <source>The entity&apos;s name as its people write it, and its acronym if it has one.</source>
        <translation>El nombre de la entidad tal como lo escribe su gente, y su sigla si la tiene.</translation>
    </message>
    <message>
        <source>Add Entity</source>
        <translation>Añadir entidad</translation>
    </message>
    <message>
        <source>In Spanish</source>
        <translation>En español</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>En inglés</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>Kind of entity</source>
        <translation>Tipo de entidad</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <source>Implementing partner</source>
        <translation>Socio implementador</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>In &amp;Spanish:</source>
        <translation>En e&amp;spañol:</translation>
    </message>
    <message>
        <source>In &amp;English:</source>
        <translation>En &amp;inglés:</translation>
    </message>
    <message>
        <source>Acronym in Spanish</source>
        <translation>Sigla en español</translation>
    </message>
    <message>
        <source>Acronym in English</source>
        <translation>Sigla en inglés</translation>
    </message>
    <message>
        <source>&amp;Acronym in Spanish:</source>
        <translation>Si&amp;gla en español:</translation>
    </message>
    <message>
        <source>A&amp;cronym in English:</source>
        <translation>Sigla en i&amp;nglés:</translation>
    </message>
</context>
<context>
    <name>cpc::NewReportWizard</name>
    <message>
        <source>New Report</source>
        <translation>Nuevo informe</translation>
    </message>
    <message>
        <source>What the report follows</source>
        <translation>Base del informe</translation>
    </message>
    <message>
        <source>Choose the template agreed for the partnership, or start from last year&apos;s report.</source>
        <translation>Elija la plantilla acordada para la alianza o parta del informe del año anterior.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Last year&apos;s report</source>
        <translation>Informe del año anterior</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Last Year&apos;s Report</source>
        <translation>Informe del año anterior</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>Start from &amp;last year:</source>
        <translation>Partir del año &amp;anterior:</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Año del informe</translation>
    </message>
    <message>
        <source>Reporting &amp;year:</source>
        <translation>&amp;Año del informe:</translation>
    </message>
    <message>
        <source>CPC report year %1</source>
        <translation>Informe CPC, año %1</translation>
    </message>
    <message>
        <source>Save the New Report</source>
        <translation>Guardar el nuevo informe</translation>
    </message>
    <message>
        <source>a file with this name already exists; choose another name</source>
        <translation>ya existe un archivo con este nombre; elija otro nombre</translation>
    </message>
    <message>
        <source>No template is installed. Start from last year&apos;s report, or ask for the template agreed for the partnership and install it in Preferences.</source>
        <translation>No hay ninguna plantilla instalada. Parta del informe del año anterior o solicite la plantilla acordada para la alianza e instálela en Preferencias.</translation>
    </message>
    <message>
        <source>(optional) last year&apos;s report</source>
        <translation>(opcional) informe del año anterior</translation>
    </message>
    <message>
        <source>Year 1 is the first year after the partnership was signed. The period follows from the template.</source>
        <translation>El año 1 es el primer año después de la firma de la alianza. El periodo se deduce de la plantilla.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>not set by the template; enter it on the cover page</source>
        <translation>la plantilla no lo fija; escríbalo en los datos de portada</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>choose a template or last year&apos;s report</source>
        <translation>elija una plantilla o el informe del año anterior</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Nuevo informe</translation>
    </message>
    <message>
        <source>The report could not be created.

%1</source>
        <translation>No se pudo crear el informe.

%1</translation>
    </message>
</context>
<context>
    <name>cpc::NoticeBar</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show the details of this notice</source>
        <translation>Mostrar los detalles de este aviso</translation>
    </message>
</context>
<context>
    <name>cpc::OpenContribution</name>
    <message>
        <source>the coordinator</source>
        <translation>la coordinación</translation>
    </message>
    <message>
        <source>Contribution for %1, requested by %2 on %3</source>
        <translation>Contribución de %1, solicitada por %2 el %3</translation>
    </message>
    <message>
        <source>Contribution for %1, requested by %2</source>
        <translation>Contribución de %1, solicitada por %2</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, con plazo hasta el %1</translation>
    </message>
    <message>
        <source>Only %1&apos;s parts can be changed here (%2 sections, %3 activities, %4 indicators); everything else is shown for context and is read-only. Mark your parts as submitted and send this file back.</source>
        <translation>Aquí solo se pueden cambiar las partes de %1 (%2 secciones, %3 actividades, %4 indicadores); lo demás se muestra como contexto y es de solo lectura. Marque sus partes como enviadas y devuelva este archivo.</translation>
    </message>
</context>
<context>
    <name>cpc::OrderChange</name>
    <message>
        <source>a new order must name every part of the list once</source>
        <translation>un nuevo orden debe nombrar cada parte de la lista una sola vez</translation>
    </message>
</context>
<context>
    <name>cpc::OutputFile</name>
    <message>
        <source>the file could not be written: %1</source>
        <translation>no se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>no se indicó un nombre de archivo</translation>
    </message>
    <message>
        <source>this name is a link to “%1”, which does not exist; choose another name</source>
        <translation>este nombre es un enlace a «%1», que no existe; elija otro nombre</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>this is a folder; give the name of a file to write</source>
        <translation>esto es una carpeta; indique el nombre del archivo que se va a escribir</translation>
    </message>
    <message>
        <source>this is a device, a pipe or a socket, not an ordinary file; the program writes only ordinary files (use &quot;-o -&quot; for the standard output)</source>
        <translation>esto es un dispositivo, una tubería o un socket, no un archivo común; el programa solo escribe archivos comunes (use &quot;-o -&quot; para la salida estándar)</translation>
    </message>
    <message>
        <source>this is the report being read (%1) or one of its working files; writing here would destroy it. Choose another name</source>
        <translation>este es el informe que se está leyendo (%1) o uno de sus archivos de trabajo; escribir aquí lo destruiría. Elija otro nombre</translation>
    </message>
    <message>
        <source>the file already exists; choose another name</source>
        <translation>el archivo ya existe; elija otro nombre</translation>
    </message>
    <message>
        <source>this is a CPC report; an export never replaces a report. Choose another name</source>
        <translation>este es un informe CPC; una exportación nunca reemplaza un informe. Elija otro nombre</translation>
    </message>
    <message>
        <source>this is a working file of the report %1; writing here would damage it. Choose another name</source>
        <translation>este es un archivo de trabajo del informe %1; escribir aquí lo dañaría. Elija otro nombre</translation>
    </message>
    <message>
        <source>the file changed while it was being written; nothing was written</source>
        <translation>el archivo cambió mientras se escribía; no se escribió nada</translation>
    </message>
</context>
<context>
    <name>cpc::PageLock</name>
    <message>
        <source>Not part of %1&apos;s contribution: shown for context, read-only.</source>
        <translation>No forma parte de la contribución de %1: se muestra como contexto, solo lectura.</translation>
    </message>
    <message>
        <source>Approved: this part is locked.</source>
        <translation>Aprobado: esta parte está bloqueada.</translation>
    </message>
    <message>
        <source>It can be read and commented on; reopen it in the Review panel to change it.</source>
        <translation>Se puede leer y comentar; para cambiarla, reábrala en el panel Revisión.</translation>
    </message>
</context>
<context>
    <name>cpc::PdfExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>English and Spanish</source>
        <translation>Inglés y español</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>Solo inglés</translation>
    </message>
    <message>
        <source>Spanish only</source>
        <translation>Solo español</translation>
    </message>
    <message>
        <source>Sequential: all of the English, then all of the Spanish</source>
        <translation>Secuencial: todo el inglés y después todo el español</translation>
    </message>
    <message>
        <source>Parallel: English beside Spanish, in two columns</source>
        <translation>Paralela: inglés junto al español, en dos columnas</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>&amp;Disposición:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Archivo PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 es una carpeta; elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>No temporary folder is available to prepare the printout.</source>
        <translation>No hay una carpeta temporal disponible para preparar la impresión.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Preparing the printout…</source>
        <translation>Preparando la impresión…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>La exportación falló.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Guardado como %1.</translation>
    </message>
    <message>
        <source>Ready to print.</source>
        <translation>Listo para imprimir.</translation>
    </message>
    <message>
        <source>The PDF is saved. Do you want to preview it now?</source>
        <translation>El PDF está guardado. ¿Desea verlo ahora?</translation>
    </message>
    <message>
        <source>The PDF cannot be written there.

%1</source>
        <translation>El PDF no se puede escribir allí.

%1</translation>
    </message>
    <message>
        <source>Print as final even if items are pending</source>
        <translation>Imprimir como final aunque haya pendientes</translation>
    </message>
    <message>
        <source>Export Word document</source>
        <translation>Exportar documento de Word</translation>
    </message>
    <message>
        <source>A report with errors in the readiness check prints with DRAFT / BORRADOR on every page. Tick this to print it as final anyway: its cover then lists what remains.</source>
        <translation>Un informe con errores en la revisión se imprime con DRAFT / BORRADOR en cada página. Marque esta casilla para imprimirlo como final de todos modos: la portada mostrará entonces lo que queda pendiente.</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Documento de Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <source>Choose the file to save the document in.</source>
        <translation>Elija el archivo en el que se guardará el documento.</translation>
    </message>
    <message>
        <source>The document could not be written.

%1</source>
        <translation>No se pudo escribir el documento.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) have characters the PDF cannot print, such as %1. They will print as a replacement mark; the readiness list shows where.</source>
        <translation>
            <numerusform>%n texto tiene caracteres que el PDF no puede imprimir, como %1. Saldrán como un signo de reemplazo; la lista de preparación muestra dónde.</numerusform>
            <numerusform>%n textos tienen caracteres que el PDF no puede imprimir, como %1. Saldrán como un signo de reemplazo; la lista de preparación muestra dónde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpc::PdfExporter</name>
    <message>
        <source>the export was cancelled</source>
        <translation>se canceló la exportación</translation>
    </message>
    <message>
        <source>the PDF library could not start (out of memory?)</source>
        <translation>no se pudo iniciar la biblioteca PDF (¿memoria insuficiente?)</translation>
    </message>
    <message>
        <source>the PDF could not be produced (libharu error 0x%1, detail %2)</source>
        <translation>no se pudo generar el PDF (error de libharu 0x%1, detalle %2)</translation>
    </message>
    <message>
        <source>the PDF could not be produced (out of memory?)</source>
        <translation>no se pudo generar el PDF (¿memoria insuficiente?)</translation>
    </message>
    <message>
        <source>the PDF could not be produced</source>
        <translation>no se pudo generar el PDF</translation>
    </message>
</context>
<context>
    <name>cpc::PdfFonts</name>
    <message>
        <source>the font file is missing; reinstall the program</source>
        <translation>falta el archivo de fuente; vuelva a instalar el programa</translation>
    </message>
    <message>
        <source>the font could not be loaded</source>
        <translation>no se pudo cargar la fuente</translation>
    </message>
</context>
<context>
    <name>cpc::PdfPreviewDialog</name>
    <message>
        <source>Preview — %1</source>
        <translation>Vista previa — %1</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>Vista previa del PDF</translation>
    </message>
    <message>
        <source>Preview tools</source>
        <translation>Herramientas de la vista previa</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>The PDF could not be read.</source>
        <translation>No se pudo leer el PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>cpc::PdfPrinter</name>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>The PDF to print could not be read: %1</source>
        <translation>No se pudo leer el PDF que se iba a imprimir: %1</translation>
    </message>
    <message>
        <source>The report could not be printed.

%1</source>
        <translation>No se pudo imprimir el informe.

%1</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>no se pudo iniciar la impresora</translation>
    </message>
    <message>
        <source>the printer stopped at page %1</source>
        <translation>la impresora se detuvo en la página %1</translation>
    </message>
    <message>
        <source>page %1 could not be drawn</source>
        <translation>no se pudo dibujar la página %1</translation>
    </message>
    <message>
        <source>the printer did not finish the job</source>
        <translation>la impresora no terminó el trabajo</translation>
    </message>
</context>
<context>
    <name>cpc::PreferencesDialog</name>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Default &amp;paper size:</source>
        <translation>Tamaño de &amp;papel predeterminado:</translation>
    </message>
    <message>
        <source>Check spelling in:</source>
        <translation>Revisar la ortografía en:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Default paper size</source>
        <translation>Tamaño de papel predeterminado</translation>
    </message>
    <message>
        <source>Check spelling in Spanish</source>
        <translation>Revisar la ortografía en español</translation>
    </message>
    <message>
        <source>Check spelling in English</source>
        <translation>Revisar la ortografía en inglés</translation>
    </message>
    <message>
        <source>The new interface language will be used the next time CPC Report Studio starts.</source>
        <translation>El nuevo idioma de la interfaz se usará la próxima vez que se inicie CPC Report Studio.</translation>
    </message>
</context>
<context>
    <name>cpc::ReadinessPanel</name>
    <message>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>&amp;Dismiss warning</source>
        <translation>&amp;Descartar advertencia</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Revisar de nuevo</translation>
    </message>
    <message>
        <source>%p% ready</source>
        <translation>%p % listo</translation>
    </message>
    <message>
        <source>Readiness findings</source>
        <translation>Hallazgos de la revisión</translation>
    </message>
    <message>
        <source>You have checked the text: it does not identify a child. The warning stays away until the text at that place changes.</source>
        <translation>Usted revisó el texto: no identifica a ninguna niña, niño o adolescente. La advertencia no volverá a aparecer mientras el texto de ese lugar no cambie.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Revisando…</translation>
    </message>
    <message>
        <source>No report is open.</source>
        <translation>No hay ningún informe abierto.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is ready to print.</source>
        <translation>El informe está listo para imprimir.</translation>
    </message>
    <message>
        <source>Not ready to print yet.</source>
        <translation>Todavía no está listo para imprimir.</translation>
    </message>
    <message>
        <source>Dismiss warning</source>
        <translation>Descartar advertencia</translation>
    </message>
    <message>
        <source>The warning could not be dismissed.

%1</source>
        <translation>No se pudo descartar la advertencia.

%1</translation>
    </message>
    <message>
        <source>Your parts: </source>
        <translation>Sus partes: </translation>
    </message>
    <message>
        <source>Nothing left to fix in your parts.</source>
        <translation>No queda nada por corregir en sus partes.</translation>
    </message>
    <message>
        <source>Fix these before sending the file back.</source>
        <translation>Corrija esto antes de devolver el archivo.</translation>
    </message>
</context>
<context>
    <name>cpc::ReportCreator</name>
    <message>
        <source>carried forward, this report becomes reporting year %1</source>
        <translation>al continuarlo, este informe pasa a ser el del año %1</translation>
    </message>
    <message>
        <source>the document is for reporting year %1</source>
        <translation>el documento corresponde al año de reporte %1</translation>
    </message>
</context>
<context>
    <name>cpc::ReportDocument</name>
    <message>
        <source>the report is open read-only; nothing was changed</source>
        <translation>el informe está abierto en modo de solo lectura; no se cambió nada</translation>
    </message>
    <message>
        <source>the reporting period ends before it starts</source>
        <translation>el periodo del informe termina antes de comenzar</translation>
    </message>
    <message>
        <source>the copy could not be written (%1)</source>
        <translation>no se pudo escribir la copia (%1)</translation>
    </message>
    <message>
        <source>the change could not be saved (%1); nothing was changed</source>
        <translation>no se pudo guardar el cambio (%1); no se cambió nada</translation>
    </message>
</context>
<context>
    <name>cpc::ReportFile</name>
    <message>
        <source>the file is larger than a report can be (%1 MB)</source>
        <translation>el archivo es más grande de lo que puede ser un informe (%1 MB)</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>no se puede leer el archivo (%1)</translation>
    </message>
    <message>
        <source>this is not a CPC report file (it is not a report database)</source>
        <translation>esto no es un archivo de informe CPC (no es una base de datos de informe)</translation>
    </message>
    <message>
        <source>this is a database of another program, not a CPC report file</source>
        <translation>esta es una base de datos de otro programa, no un archivo de informe CPC</translation>
    </message>
    <message>
        <source>this report was saved by a newer version of CPC Report Studio (file format %1; this version reads up to %2). Please update the application.</source>
        <translation>este informe fue guardado por una versión más reciente de CPC Report Studio (formato de archivo %1; esta versión lee hasta el %2). Actualice la aplicación.</translation>
    </message>
    <message>
        <source>this report file is damaged (no file format version)</source>
        <translation>este archivo de informe está dañado (no tiene versión de formato)</translation>
    </message>
    <message>
        <source>the file is read-only: it can be opened for reading only, or its permissions changed</source>
        <translation>el archivo es de solo lectura: se puede abrir solo para lectura, o cambiar sus permisos</translation>
    </message>
    <message>
        <source>the report is open in another window or program (%1)</source>
        <translation>el informe está abierto en otra ventana o programa (%1)</translation>
    </message>
    <message>
        <source>the report cannot be locked for writing (is its folder read-only?)</source>
        <translation>no se puede bloquear el informe para escribir en él (¿su carpeta es de solo lectura?)</translation>
    </message>
    <message>
        <source>could not copy the file to upgrade it</source>
        <translation>no se pudo copiar el archivo para actualizarlo</translation>
    </message>
    <message>
        <source>could not keep a copy of the file before upgrading it</source>
        <translation>no se pudo guardar una copia del archivo antes de actualizarlo</translation>
    </message>
    <message>
        <source>this report file is damaged or cannot be opened (%1)</source>
        <translation>este archivo de informe está dañado o no se puede abrir (%1)</translation>
    </message>
    <message>
        <source>the file could not be read (%1)</source>
        <translation>no se pudo leer el archivo (%1)</translation>
    </message>
    <message>
        <source>this report file is damaged (the database check failed)</source>
        <translation>este archivo de informe está dañado (falló la verificación de la base de datos)</translation>
    </message>
    <message>
        <source>this report file has been altered: its structure is not the one CPC Report Studio writes</source>
        <translation>este archivo de informe fue alterado: su estructura no es la que escribe CPC Report Studio</translation>
    </message>
    <message>
        <source>the file already exists; choose another name</source>
        <translation>el archivo ya existe; elija otro nombre</translation>
    </message>
    <message>
        <source>the new report is already open elsewhere</source>
        <translation>el nuevo informe ya está abierto en otro lugar</translation>
    </message>
</context>
<context>
    <name>cpc::ReportJsonReader</name>
    <message>
        <source>the required field &apos;format&apos; is missing; expected &quot;%1&quot;</source>
        <translation>falta el campo obligatorio &apos;format&apos;; se esperaba &quot;%1&quot;</translation>
    </message>
    <message>
        <source>this document is in format %1, written by a newer version of CPC Report Studio; this version reads %2. Update the program to open it</source>
        <translation>este documento está en el formato %1, escrito por una versión más reciente de CPC Report Studio; esta versión lee %2. Actualice el programa para abrirlo</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; this is not a CPC Report Studio document</source>
        <translation>se esperaba &quot;%1&quot;; este no es un documento de CPC Report Studio</translation>
    </message>
    <message>
        <source>expected a cpcreport-json document: an object {...} with &quot;format&quot; and &quot;report&quot;</source>
        <translation>se esperaba un documento cpcreport-json: un objeto {...} con &quot;format&quot; y &quot;report&quot;</translation>
    </message>
    <message>
        <source>there is already an entity &apos;%1&apos;</source>
        <translation>ya existe una entidad «%1»</translation>
    </message>
    <message>
        <source>there is already a section &apos;%1&apos;</source>
        <translation>ya existe una sección «%1»</translation>
    </message>
    <message>
        <source>there is already an activity &apos;%1&apos; in another section</source>
        <translation>ya existe una actividad «%1» en otra sección</translation>
    </message>
    <message>
        <source>there is already an indicator &apos;%1&apos;</source>
        <translation>ya existe un indicador «%1»</translation>
    </message>
    <message>
        <source>the glossary already has the term &apos;%1&apos;</source>
        <translation>el glosario ya tiene el término «%1»</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>el periodo termina (%1) antes de comenzar (%2)</translation>
    </message>
    <message>
        <source>unknown entity &apos;%1&apos;; expected the id of one of the &quot;entities&quot;</source>
        <translation>entidad desconocida «%1»; se esperaba el id de una de las &quot;entities&quot;</translation>
    </message>
    <message>
        <source>the English term is required; it identifies the entry</source>
        <translation>el término en inglés es obligatorio; identifica la entrada</translation>
    </message>
    <message>
        <source>a term can be at most %1 characters long</source>
        <translation>un término puede tener como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>a comment names exactly one of &quot;section&quot;, &quot;activity&quot; or &quot;indicator&quot;</source>
        <translation>un comentario indica exactamente uno de &quot;section&quot;, &quot;activity&quot; o &quot;indicator&quot;</translation>
    </message>
    <message>
        <source>there is no %1 &apos;%2&apos; in the report</source>
        <translation>no hay %1 «%2» en el informe</translation>
    </message>
    <message>
        <source>only a section of kind &quot;objective&quot; has &apos;%1&apos;</source>
        <translation>solo una sección de tipo &quot;objective&quot; tiene «%1»</translation>
    </message>
    <message>
        <source>an objective section needs its objective number (1 to 4)</source>
        <translation>una sección de objetivo necesita su número de objetivo (1 a 4)</translation>
    </message>
    <message>
        <source>there is already an activity &apos;%1&apos;</source>
        <translation>ya existe una actividad «%1»</translation>
    </message>
</context>
<context>
    <name>cpc::ReportSpelling</name>
    <message>
        <source>Add to dictionary</source>
        <translation>Agregar al diccionario</translation>
    </message>
    <message>
        <source>“%1” could not be added to the report&apos;s dictionary.

%2</source>
        <translation>No se pudo agregar «%1» al diccionario del informe.

%2</translation>
    </message>
</context>
<context>
    <name>cpc::ReportTreeModel</name>
    <message>
        <source>Translation missing</source>
        <translation>Traducción faltante</translation>
    </message>
    <message>
        <source>Translation stale</source>
        <translation>Traducción desactualizada</translation>
    </message>
    <message>
        <source>Translation current</source>
        <translation>Traducción al día</translation>
    </message>
    <message>
        <source>Cover details</source>
        <translation>Datos de la portada</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>No objective</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>%1 texts: %2 with the translation missing, %3 stale</source>
        <translation>%1 textos: %2 con la traducción faltante, %3 desactualizados</translation>
    </message>
    <message>
        <source>Part of the report</source>
        <translation>Parte del informe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Missing</source>
        <comment>translation state</comment>
        <translation>Faltante</translation>
    </message>
    <message>
        <source>Stale</source>
        <comment>translation state</comment>
        <translation>Desactualizada</translation>
    </message>
    <message>
        <source>Current</source>
        <comment>translation state</comment>
        <translation>Al día</translation>
    </message>
    <message>
        <source>your part, open for writing</source>
        <translation>su parte, abierta para escribir</translation>
    </message>
</context>
<context>
    <name>cpc::RequestDialog</name>
    <message>
        <source>&amp;Due by:</source>
        <translation>&amp;Plazo:</translation>
    </message>
    <message>
        <source>Request Contribution</source>
        <translation>Solicitar contribución</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n part(s) assigned)</source>
        <translation>
            <numerusform>%1 (%n parte asignada)</numerusform>
            <numerusform>%1 (%n partes asignadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>What is asked, in a sentence or two</source>
        <translation>Lo que se solicita, en una o dos frases</translation>
    </message>
    <message>
        <source>Note to the contributor</source>
        <translation>Nota para quien contribuye</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Contribution file</source>
        <translation>Archivo de contribución</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Write Request</source>
        <translation>&amp;Generar solicitud</translation>
    </message>
    <message>
        <source>The contributor gets a copy of the whole report for context, with only their assigned parts open for writing. Send them the file; merge it when it comes back.</source>
        <translation>Quien contribuye recibe una copia de todo el informe como contexto, con solo sus partes asignadas abiertas para escribir. Envíele el archivo e intégrelo cuando lo devuelva.</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Entidad:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Contribution File</source>
        <translation>Archivo de contribución</translation>
    </message>
    <message>
        <source>Choose where to write the contribution file.</source>
        <translation>Elija dónde guardar el archivo de contribución.</translation>
    </message>
    <message>
        <source>The request was not written: %1</source>
        <translation>No se generó la solicitud: %1</translation>
    </message>
    <message>
        <source>Parts open for writing</source>
        <translation>Partes abiertas para escribir</translation>
    </message>
    <message>
        <source>Open for writing:</source>
        <translation>Abiertas para escribir:</translation>
    </message>
    <message>
        <source>Contribution from %1 – CPC report year %2</source>
        <translation>Aporte de %1 – Informe CPC año %2</translation>
    </message>
    <message>
        <source>Nothing is assigned to this entity yet.</source>
        <translation>Todavía no hay nada asignado a esta entidad.</translation>
    </message>
</context>
<context>
    <name>cpc::ReturnReasonDialog</name>
    <message>
        <source>Return for changes</source>
        <translation>Devolver para cambios</translation>
    </message>
    <message>
        <source>Why does “%1” go back to its authors? They will read this.</source>
        <translation>¿Por qué se devuelve «%1» a sus autores? Ellos leerán este motivo.</translation>
    </message>
    <message>
        <source>Reason for returning</source>
        <translation>Motivo de la devolución</translation>
    </message>
    <message>
        <source>&amp;Return</source>
        <translation>&amp;Devolver</translation>
    </message>
</context>
<context>
    <name>cpc::ReviewDialog</name>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>Merge Contribution from %1</source>
        <translation>Integrar contribución de %1</translation>
    </message>
    <message>
        <source>Contribution from %1</source>
        <translation>Contribución de %1</translation>
    </message>
    <message>
        <source>Changes that came back</source>
        <translation>Cambios recibidos</translation>
    </message>
    <message>
        <source>The chosen change in full</source>
        <translation>El cambio elegido completo</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Integrar</translation>
    </message>
    <message>
        <source>&amp;Accept All Changes</source>
        <translation>&amp;Aceptar todos los cambios</translation>
    </message>
    <message>
        <source>&amp;Reject All Changes</source>
        <translation>&amp;Rechazar todos los cambios</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s) accepted</source>
        <translation>
            <numerusform>%1 de %n cambio aceptado</numerusform>
            <numerusform>%1 de %n cambios aceptados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): the report&apos;s version is kept unless you take the returned one</source>
        <translation>
            <numerusform>%n conflicto: se conserva la versión del informe a menos que elija la recibida</numerusform>
            <numerusform>%n conflictos: se conserva la versión del informe a menos que elija la recibida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken</source>
        <translation>
            <numerusform>%n tomado</numerusform>
            <numerusform>%n tomados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) outside what was asked, refused</source>
        <translation>
            <numerusform>%n cambio fuera de lo solicitado, rechazado</numerusform>
            <numerusform>%n cambios fuera de lo solicitado, rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) will be added</source>
        <translation>
            <numerusform>se agregará %n comentario nuevo</numerusform>
            <numerusform>se agregarán %n comentarios nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) already merged</source>
        <translation>
            <numerusform>%n campo ya integrado</numerusform>
            <numerusform>%n campos ya integrados</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;No field came back different.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ningún campo volvió con cambios.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>In the report now</source>
        <translation>En el informe ahora</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>As sent</source>
        <translation>Como se envió</translation>
    </message>
    <message>
        <source>What the contributor changed</source>
        <translation>Lo que cambió quien contribuye</translation>
    </message>
    <message>
        <source>What changed here meanwhile</source>
        <translation>Lo que cambió aquí mientras tanto</translation>
    </message>
    <message>
        <source>This was not asked of %1, so it is not taken.</source>
        <translation>Esto no se solicitó a %1, por lo que no se toma.</translation>
    </message>
    <message>
        <source>&amp;Use This Version</source>
        <translation>&amp;Usar esta versión</translation>
    </message>
    <message>
        <source>&amp;Combined version: both sides&apos; changes, to edit as needed</source>
        <translation>&amp;Versión combinada: los cambios de ambas partes, para editar según haga falta</translation>
    </message>
    <message>
        <source>Combined version</source>
        <translation>Versión combinada</translation>
    </message>
    <message>
        <source>Resolve this conflict with the combined version as you edited it</source>
        <translation>Resolver este conflicto con la versión combinada tal como la editó</translation>
    </message>
    <message>
        <source>What changes (removed words struck through, new words underlined)</source>
        <translation>Qué cambia (palabras quitadas tachadas, palabras nuevas subrayadas)</translation>
    </message>
    <message>
        <source>Both sides changed this after the request was sent. The report&apos;s version stays until you choose to take the returned one or a combined version.</source>
        <translation>Ambas partes cambiaron esto después de enviar la solicitud. La versión del informe se mantiene hasta que usted decida tomar la recibida o una versión combinada.</translation>
    </message>
</context>
<context>
    <name>cpc::ReviewModel</name>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Take returned</source>
        <translation>Tomar lo recibido</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>Conservar lo actual</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>No se toma</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>As sent</source>
        <translation>Como se envió</translation>
    </message>
    <message>
        <source>In the report now</source>
        <translation>En el informe ahora</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Use combined version</source>
        <translation>Usar la versión combinada</translation>
    </message>
</context>
<context>
    <name>cpc::ReviewTarget</name>
    <message>
        <source>Activity %1: %2</source>
        <translation>Actividad %1: %2</translation>
    </message>
    <message>
        <source>Indicator %1: %2</source>
        <translation>Indicador %1: %2</translation>
    </message>
</context>
<context>
    <name>cpc::SectionChanges</name>
    <message>
        <source>the template has no section &apos;%1&apos;</source>
        <translation>la plantilla no tiene la sección «%1»</translation>
    </message>
    <message>
        <source>the report already has the section “%1”</source>
        <translation>el informe ya tiene la sección «%1»</translation>
    </message>
    <message>
        <source>there is no section &apos;%1&apos;</source>
        <translation>no existe la sección «%1»</translation>
    </message>
    <message>
        <source>the report&apos;s template requires the section “%1”; it cannot be removed</source>
        <translation>la plantilla del informe exige la sección «%1»; no se puede eliminar</translation>
    </message>
</context>
<context>
    <name>cpc::SectionPage</name>
    <message>
        <source>Review status</source>
        <translation>Estado de revisión</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo que se hizo</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrativa</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Responsables:</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Escrito por:</translation>
    </message>
    <message>
        <source>Suggested length: %1</source>
        <translation>Extensión sugerida: %1</translation>
    </message>
    <message>
        <source>The template gives no guidance for this part of the report.</source>
        <translation>La plantilla no da orientación para esta parte del informe.</translation>
    </message>
    <message>
        <source>Activity %1: %2</source>
        <translation>Actividad %1: %2</translation>
    </message>
    <message>
        <source>nobody assigned yet</source>
        <translation>nadie asignado todavía</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Cambiar el estado</translation>
    </message>
</context>
<context>
    <name>cpc::SmallNumbersDialog</name>
    <message>
        <source>&amp;Protect small counts of child victims in the PDF and the exports</source>
        <translation>&amp;Proteger los conteos pequeños de niñas, niños y adolescentes víctimas en el PDF y las exportaciones</translation>
    </message>
    <message>
        <source>Small-Number Protection</source>
        <translation>Protección de cifras pequeñas</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Counts of identified child victims can identify a child. With protection on, any such count from 1 to the threshold is shown as &quot;&lt;N&quot;, and as many other cells as needed are hidden (&quot;*&quot;) so that it cannot be worked out from the totals. The report file always keeps the real values.</source>
        <translation>Los conteos de niñas, niños y adolescentes víctimas identificados pueden identificar a un menor. Con la protección activada, todo conteo de 1 hasta el umbral se muestra como «&lt;N», y se ocultan («*») las demás celdas necesarias para que no pueda deducirse de los totales. El archivo del informe conserva siempre los valores reales.</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Umbral:</translation>
    </message>
    <message>
        <source>Every value will be published as it is in the report.</source>
        <translation>Todos los valores se publicarán tal como están en el informe.</translation>
    </message>
    <message numerus="yes">
        <source>With these settings, %n value(s) are shown as &quot;%1&quot;</source>
        <translation>
            <numerusform>Con esta configuración, %n valor se muestra como «%1»</numerusform>
            <numerusform>Con esta configuración, %n valores se muestran como «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n other cell(s) are hidden.</source>
        <translation>
            <numerusform>y se oculta otra %n celda.</numerusform>
            <numerusform>y se ocultan otras %n celdas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change small-number protection</source>
        <translation>Cambiar la protección de cifras pequeñas</translation>
    </message>
    <message>
        <source>S&amp;mall-Number Protection…</source>
        <translation>Protección de cifras &amp;pequeñas…</translation>
    </message>
</context>
<context>
    <name>cpc::SourceTable</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>%1, sheet “%2”, row %3</source>
        <translation>%1, hoja «%2», fila %3</translation>
    </message>
    <message>
        <source>%1, sheet “%2”, cell %3%4</source>
        <translation>%1, hoja «%2», celda %3%4</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, línea %2, columna %3</translation>
    </message>
    <message>
        <source>%1, line %2, column “%3”</source>
        <translation>%1, línea %2, columna «%3»</translation>
    </message>
    <message>
        <source>%1 (column “%2”)</source>
        <translation>%1 (columna «%2»)</translation>
    </message>
</context>
<context>
    <name>cpc::SpellHighlighter</name>
    <message>
        <source>No suggestions</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <source>Add “%1” to the report&apos;s dictionary</source>
        <translation>Agregar «%1» al diccionario del informe</translation>
    </message>
</context>
<context>
    <name>cpc::StoreReader</name>
    <message>
        <source>the report file holds no report</source>
        <translation>el archivo de informe no contiene ningún informe</translation>
    </message>
</context>
<context>
    <name>cpc::StructureChanges</name>
    <message>
        <source>activities belong to an objective; choose one first</source>
        <translation>las actividades pertenecen a un objetivo; elija uno primero</translation>
    </message>
    <message>
        <source>give the activity a title</source>
        <translation>póngale un título a la actividad</translation>
    </message>
    <message>
        <source>an indicator belongs to one of the four objectives</source>
        <translation>un indicador pertenece a uno de los cuatro objetivos</translation>
    </message>
    <message>
        <source>give the indicator a name</source>
        <translation>póngale un nombre al indicador</translation>
    </message>
    <message>
        <source>write the term in English too: it is how the glossary knows the entry</source>
        <translation>escriba también el término en inglés: así identifica el glosario la entrada</translation>
    </message>
    <message>
        <source>a term can be at most %1 characters long</source>
        <translation>un término puede tener como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>the glossary already has “%1”</source>
        <translation>el glosario ya tiene «%1»</translation>
    </message>
    <message>
        <source>give the entity a name</source>
        <translation>póngale un nombre a la entidad</translation>
    </message>
    <message>
        <source>there is no activity &apos;%1&apos;</source>
        <translation>no existe la actividad «%1»</translation>
    </message>
    <message>
        <source>there is no indicator &apos;%1&apos;</source>
        <translation>no existe el indicador «%1»</translation>
    </message>
    <message>
        <source>the activity cannot move further</source>
        <translation>la actividad no puede moverse más</translation>
    </message>
    <message>
        <source>the indicator cannot move further</source>
        <translation>el indicador no puede moverse más</translation>
    </message>
    <message>
        <source>there is no glossary term &apos;%1&apos;</source>
        <translation>no existe el término «%1» en el glosario</translation>
    </message>
    <message>
        <source>there is no entity &apos;%1&apos;</source>
        <translation>no existe la entidad «%1»</translation>
    </message>
    <message>
        <source>it prepares the report (cover)</source>
        <translation>prepara el informe (portada)</translation>
    </message>
    <message>
        <source>section “%1”</source>
        <translation>la sección «%1»</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>la actividad %1</translation>
    </message>
    <message>
        <source>indicator %1</source>
        <translation>el indicador %1</translation>
    </message>
    <message>
        <source>the entity is still named in the report (%1): assign those parts to another entity first</source>
        <translation>la entidad todavía figura en el informe (%1): primero asigne esas partes a otra entidad</translation>
    </message>
</context>
<context>
    <name>cpc::StructureEditing</name>
    <message>
        <source>Add &amp;Activity…</source>
        <translation>Añadir &amp;actividad…</translation>
    </message>
    <message>
        <source>Add &amp;Indicator…</source>
        <translation>Añadir &amp;indicador…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Add Glossary &amp;Term…</source>
        <translation>Añadir &amp;término al glosario…</translation>
    </message>
    <message>
        <source>Add &amp;Entity…</source>
        <translation>Añadir e&amp;ntidad…</translation>
    </message>
    <message>
        <source>Add an activity to the objective chosen in the navigator</source>
        <translation>Añade una actividad al objetivo elegido en el navegador</translation>
    </message>
    <message>
        <source>Add a performance indicator</source>
        <translation>Añade un indicador de desempeño</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Estructura</translation>
    </message>
    <message>
        <source>Not in this contribution</source>
        <translation>No forma parte de este aporte</translation>
    </message>
    <message>
        <source>This copy is %1&apos;s contribution: you write the parts assigned to you. Activities and indicators are added, moved and removed by the coordinator in the report itself.</source>
        <translation>Esta copia es el aporte de %1: usted escribe las partes que le asignaron. Las actividades y los indicadores los añade, mueve y elimina la coordinación en el informe mismo.</translation>
    </message>
    <message>
        <source>“%1” is approved, so it is locked. Reopen it (Review) to change its activities.</source>
        <translation>«%1» está aprobada y, por eso, bloqueada. Reábrala (Revisión) para cambiar sus actividades.</translation>
    </message>
    <message>
        <source>This activity is approved, so it is locked. Reopen it (Review) to change it.</source>
        <translation>Esta actividad está aprobada y, por eso, bloqueada. Reábrala (Revisión) para cambiarla.</translation>
    </message>
    <message>
        <source>This indicator is approved, so it is locked. Reopen it (Review) to change it.</source>
        <translation>Este indicador está aprobado y, por eso, bloqueado. Reábralo (Revisión) para cambiarlo.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Add Activity</source>
        <translation>Añadir actividad</translation>
    </message>
    <message>
        <source>Add activity %1</source>
        <translation>Añadir la actividad %1</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>Add Indicator</source>
        <translation>Añadir indicador</translation>
    </message>
    <message>
        <source>Add indicator %1</source>
        <translation>Añadir el indicador %1</translation>
    </message>
    <message>
        <source>Add Glossary Term</source>
        <translation>Añadir término al glosario</translation>
    </message>
    <message>
        <source>Add glossary term</source>
        <translation>Añadir término al glosario</translation>
    </message>
    <message>
        <source>Add Entity</source>
        <translation>Añadir entidad</translation>
    </message>
    <message>
        <source>Add entity</source>
        <translation>Añadir entidad</translation>
    </message>
    <message>
        <source>Move activity %1</source>
        <translation>Mover la actividad %1</translation>
    </message>
    <message>
        <source>Move indicator %1</source>
        <translation>Mover el indicador %1</translation>
    </message>
    <message>
        <source>Remove activity %1 “%2”, with its narrative and comments?</source>
        <translation>¿Eliminar la actividad %1 «%2», con su narrativa y sus comentarios?</translation>
    </message>
    <message>
        <source>Remove indicator %1 “%2”, with its figures and comments?</source>
        <translation>¿Eliminar el indicador %1 «%2», con sus cifras y sus comentarios?</translation>
    </message>
    <message>
        <source>You can bring it back with Edit &gt; Undo.</source>
        <translation>Puede recuperarlo con Edición &gt; Deshacer.</translation>
    </message>
    <message>
        <source>Remove Activity</source>
        <translation>Eliminar actividad</translation>
    </message>
    <message>
        <source>Remove Indicator</source>
        <translation>Eliminar indicador</translation>
    </message>
    <message>
        <source>Remove activity %1</source>
        <translation>Eliminar la actividad %1</translation>
    </message>
    <message>
        <source>Remove indicator %1</source>
        <translation>Eliminar el indicador %1</translation>
    </message>
    <message>
        <source>Add &amp;Section</source>
        <translation>Añadir &amp;sección</translation>
    </message>
    <message>
        <source>Sections the report&apos;s template lets you leave out, and that this report does not have</source>
        <translation>Secciones que la plantilla del informe permite omitir y que este informe no tiene</translation>
    </message>
    <message>
        <source>Remove the section “%1”, with its text and comments?</source>
        <translation>¿Eliminar la sección «%1», con su texto y sus comentarios?</translation>
    </message>
    <message>
        <source>Remove the section “%1”, with its text, its activities and their comments?</source>
        <translation>¿Eliminar la sección «%1», con su texto, sus actividades y sus comentarios?</translation>
    </message>
    <message>
        <source>You can bring it back with Edit &gt; Undo, or add it again, empty, with Edit &gt; Add Section.</source>
        <translation>Puede recuperarla con Edición &gt; Deshacer, o volver a añadirla, vacía, con Edición &gt; Añadir sección.</translation>
    </message>
    <message>
        <source>Remove Section</source>
        <translation>Eliminar sección</translation>
    </message>
    <message>
        <source>Remove section “%1”</source>
        <translation>Eliminar la sección «%1»</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>Añadir sección</translation>
    </message>
    <message>
        <source>Add section “%1”</source>
        <translation>Añadir la sección «%1»</translation>
    </message>
</context>
<context>
    <name>cpc::SystemError</name>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk space allowed to this user is used up</source>
        <translation>se agotó el espacio en disco asignado a este usuario</translation>
    </message>
    <message>
        <source>the file would be larger than this disk or system allows</source>
        <translation>el archivo superaría el tamaño que permiten este disco o el sistema</translation>
    </message>
    <message>
        <source>permission denied: this user may not write there</source>
        <translation>permiso denegado: este usuario no puede escribir allí</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>una parte de la ruta no es una carpeta</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>esto es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>el nombre es demasiado largo</translation>
    </message>
    <message>
        <source>the path has too many links (or a link where a file was expected)</source>
        <translation>la ruta tiene demasiados enlaces (o un enlace donde se esperaba un archivo)</translation>
    </message>
    <message>
        <source>the disk reported a read or write error</source>
        <translation>el disco informó un error de lectura o escritura</translation>
    </message>
    <message>
        <source>a file of that name already exists</source>
        <translation>ya existe un archivo con ese nombre</translation>
    </message>
    <message>
        <source>the file cannot be moved to another disk</source>
        <translation>el archivo no se puede mover a otro disco</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation>el equipo se quedó sin memoria</translation>
    </message>
    <message>
        <source>the file is in use by the system</source>
        <translation>el sistema está usando el archivo</translation>
    </message>
    <message>
        <source>system error %1: %2</source>
        <translation>error del sistema %1: %2</translation>
    </message>
</context>
<context>
    <name>cpc::TemplateLibrary</name>
    <message>
        <source>there is no template file here</source>
        <translation>aquí no hay ningún archivo de plantilla</translation>
    </message>
    <message>
        <source>the file has %1 bytes; a template has at most %2</source>
        <translation>el archivo tiene %1 bytes; una plantilla tiene como máximo %2</translation>
    </message>
    <message>
        <source>cannot read the template: %1</source>
        <translation>no se puede leer la plantilla: %1</translation>
    </message>
    <message>
        <source>expected a template id, e.g. colombia-cpc, or a file path</source>
        <translation>se esperaba el id de una plantilla, p. ej. colombia-cpc, o la ruta de un archivo</translation>
    </message>
    <message>
        <source>there is no template &apos;%1&apos;, and no template is installed (looked in %2)</source>
        <translation>no existe la plantilla «%1» y no hay ninguna plantilla instalada (se buscó en %2)</translation>
    </message>
    <message>
        <source>there is no template &apos;%1&apos;; available: %2 (looked in %3)</source>
        <translation>no existe la plantilla «%1»; disponibles: %2 (se buscó en %3)</translation>
    </message>
</context>
<context>
    <name>cpc::TemplateReader</name>
    <message>
        <source>the list has %1 entries; a template may have at most %2</source>
        <translation>la lista tiene %1 elementos; una plantilla puede tener como máximo %2</translation>
    </message>
    <message>
        <source>the file has %1 bytes; a template has at most %2</source>
        <translation>el archivo tiene %1 bytes; una plantilla tiene como máximo %2</translation>
    </message>
    <message>
        <source>expected a template: an object {...} with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>se esperaba una plantilla: un objeto {...} con &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the required field &apos;format&apos; is missing; expected &quot;%1&quot;</source>
        <translation>falta el campo obligatorio &apos;format&apos;; se esperaba &quot;%1&quot;</translation>
    </message>
    <message>
        <source>this template is in format %1, written for a newer version of CPC Report Studio; this version reads %2. Update the program to use it</source>
        <translation>esta plantilla está en el formato %1, escrito para una versión más reciente de CPC Report Studio; esta versión lee %2. Actualice el programa para usarla</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; this is not a CPC Report Studio template</source>
        <translation>se esperaba &quot;%1&quot;; esta no es una plantilla de CPC Report Studio</translation>
    </message>
    <message>
        <source>a template id has at most %1 letters, digits, dots, dashes or underscores and starts with a letter or digit, e.g. &quot;colombia-cpc&quot;</source>
        <translation>el id de una plantilla tiene como máximo %1 letras, dígitos, puntos, guiones o guiones bajos y comienza con una letra o un dígito, p. ej. &quot;colombia-cpc&quot;</translation>
    </message>
    <message>
        <source>the template needs a name in at least one language</source>
        <translation>la plantilla necesita un nombre en al menos un idioma</translation>
    </message>
    <message>
        <source>unknown entity &apos;%1&apos;; expected the id of one of the &quot;entities&quot;</source>
        <translation>entidad desconocida «%1»; se esperaba el id de una de las &quot;entities&quot;</translation>
    </message>
    <message>
        <source>expected a percentage from 0 to 1000</source>
        <translation>se esperaba un porcentaje de 0 a 1000</translation>
    </message>
    <message>
        <source>objective %1 is already listed</source>
        <translation>el objetivo %1 ya está en la lista</translation>
    </message>
    <message>
        <source>the trafficking type &apos;%1&apos; is already listed</source>
        <translation>el tipo de trata «%1» ya está en la lista</translation>
    </message>
    <message>
        <source>a template needs at least one section</source>
        <translation>una plantilla necesita al menos una sección</translation>
    </message>
    <message>
        <source>there is already a section &apos;%1&apos;</source>
        <translation>ya existe una sección «%1»</translation>
    </message>
    <message>
        <source>there is already a section for objective %1</source>
        <translation>ya existe una sección para el objetivo %1</translation>
    </message>
    <message>
        <source>there is already a section of kind &quot;%1&quot;</source>
        <translation>ya existe una sección de tipo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the most words (%1) is fewer than the least (%2)</source>
        <translation>el máximo de palabras (%1) es menor que el mínimo (%2)</translation>
    </message>
    <message>
        <source>a section needs its title in English and in Spanish</source>
        <translation>una sección necesita su título en inglés y en español</translation>
    </message>
    <message>
        <source>only a section of kind &quot;objective&quot; has &apos;objective&apos;</source>
        <translation>solo una sección de tipo &quot;objective&quot; tiene &apos;objective&apos;</translation>
    </message>
    <message>
        <source>an objective section needs its objective number (1 to 4)</source>
        <translation>una sección de objetivo necesita su número de objetivo (1 a 4)</translation>
    </message>
    <message>
        <source>objective %1 is not among the template&apos;s &quot;objectives&quot;</source>
        <translation>el objetivo %1 no está entre los &quot;objectives&quot; de la plantilla</translation>
    </message>
    <message>
        <source>a template gives indicators and their targets, not &apos;%1&apos;; results are entered in the report</source>
        <translation>una plantilla da los indicadores y sus metas, no «%1»; los resultados se ingresan en el informe</translation>
    </message>
    <message>
        <source>there is already an indicator &apos;%1&apos;</source>
        <translation>ya existe un indicador «%1»</translation>
    </message>
</context>
<context>
    <name>cpc::TextChange</name>
    <message>
        <source>expected the language of the text (en or es)</source>
        <translation>se esperaba el idioma del texto (en o es)</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>se esperaba un texto</translation>
    </message>
</context>
<context>
    <name>cpc::TextListPage</name>
    <message>
        <source>not reported</source>
        <translation>sin reportar</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Indicador %1</translation>
    </message>
    <message>
        <source>Year %1: target %2, actual %3</source>
        <translation>Año %1: meta %2, logro %3</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Fuente de los datos</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Remove Term</source>
        <translation>Quitar término</translation>
    </message>
    <message>
        <source>Remove the term “%1” and its definition from the glossary?</source>
        <translation>¿Quitar del glosario el término «%1» y su definición?</translation>
    </message>
    <message>
        <source>You can bring it back with Edit &gt; Undo.</source>
        <translation>Puede recuperarlo con Edición &gt; Deshacer.</translation>
    </message>
    <message>
        <source>Remove term %1</source>
        <translation>Quitar el término %1</translation>
    </message>
    <message>
        <source>Remove Entity</source>
        <translation>Quitar entidad</translation>
    </message>
    <message>
        <source>%1 cannot be removed yet: %2.</source>
        <translation>Todavía no se puede quitar %1: %2.</translation>
    </message>
    <message>
        <source>Remove %1 from the report&apos;s entities?</source>
        <translation>¿Quitar %1 de las entidades del informe?</translation>
    </message>
    <message>
        <source>Remove entity %1</source>
        <translation>Quitar la entidad %1</translation>
    </message>
    <message>
        <source>Remove entity…</source>
        <translation>Quitar entidad…</translation>
    </message>
    <message>
        <source>Remove term…</source>
        <translation>Quitar término…</translation>
    </message>
</context>
<context>
    <name>cpc::TextSideEditor</name>
    <message>
        <source>Show changes</source>
        <translation>Mostrar cambios</translation>
    </message>
    <message>
        <source>Confirm translation</source>
        <translation>Confirmar traducción</translation>
    </message>
    <message>
        <source>See what changed in the other language since this text was last confirmed</source>
        <translation>Ver qué cambió en el otro idioma desde la última vez que se confirmó este texto</translation>
    </message>
    <message>
        <source>Declare this text a faithful translation of the other language as it is now</source>
        <translation>Declarar que este texto es una traducción fiel del otro idioma tal como está ahora</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Bullets</source>
        <translation>Viñetas</translation>
    </message>
    <message>
        <source>Ctrl+Shift+8</source>
        <translation>Ctrl+Shift+8</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Numeración</translation>
    </message>
    <message>
        <source>Ctrl+Shift+7</source>
        <translation>Ctrl+Shift+7</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Ctrl+Alt+3</source>
        <translation>Ctrl+Alt+3</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Enlace…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Web address (leave empty to remove the link):</source>
        <translation>Dirección web (déjela vacía para quitar el enlace):</translation>
    </message>
    <message>
        <source>B</source>
        <comment>short label of Bold</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>I</source>
        <comment>short label of Italic</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>Sub</source>
        <comment>short label of Subheading</comment>
        <translation>Sub</translation>
    </message>
    <message>
        <source>Link</source>
        <comment>short label of Link…</comment>
        <translation>Enlace</translation>
    </message>
</context>
<context>
    <name>cpc::UnitFormat</name>
    <message>
        <source>Count</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>Dólares estadounidenses</translation>
    </message>
    <message>
        <source>Colombian pesos</source>
        <translation>Pesos colombianos</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Mayor es mejor</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Menor es mejor</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Sin meta</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Sin reportar</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Lograda</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En camino</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Rezagado</translation>
    </message>
</context>
<context>
    <name>cpc::UserGuideDialog</name>
    <message>
        <source>Open in &amp;Web Browser</source>
        <translation>Abrir en el &amp;navegador web</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>The user guide is not installed: CPC Report Studio looked for it in %1 and in %2.</source>
        <translation>La guía del usuario no está instalada: CPC Report Studio la buscó en %1 y en %2.</translation>
    </message>
    <message>
        <source>Read or print the guide in your web browser</source>
        <translation>Leer o imprimir la guía en su navegador web</translation>
    </message>
    <message>
        <source>The guide could not be read from %1: %2</source>
        <translation>No se pudo leer la guía en %1: %2</translation>
    </message>
    <message>
        <source>The guide could not be prepared for the web browser in %1: %2</source>
        <translation>No se pudo preparar la guía para el navegador web en %1: %2</translation>
    </message>
    <message>
        <source>No web browser could be started. You can open the guide yourself: %1</source>
        <translation>No se pudo abrir un navegador web. Puede abrir la guía usted mismo: %1</translation>
    </message>
</context>
<context>
    <name>cpc::ValueReader</name>
    <message>
        <source>expected a text</source>
        <translation>se esperaba un texto</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>el texto tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>the link at character %1 has %2 characters; a link can have at most %3</source>
        <translation>el enlace en el carácter %1 tiene %2 caracteres; un enlace puede tener como máximo %3</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation>se esperaba uno de: %1</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>el número es demasiado grande</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>se esperaba un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>se esperaba una lista</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>se esperaba una lista de textos</translation>
    </message>
    <message>
        <source>expected a list of: %1</source>
        <translation>se esperaba una lista de: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in the list</source>
        <translation>«%1» aparece dos veces en la lista</translation>
    </message>
    <message>
        <source>the list is too long</source>
        <translation>la lista es demasiado larga</translation>
    </message>
    <message>
        <source>unknown entity &apos;%1&apos;</source>
        <translation>entidad desconocida «%1»</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>se esperaba una fecha en formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>expected a reporting year from 1 to %1</source>
        <translation>se esperaba un año del informe de 1 a %1</translation>
    </message>
</context>
<context>
    <name>cpc::VocabularyNames</name>
    <message>
        <source>Planned</source>
        <translation>Planeada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Retrasada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Sex trafficking in the context of tourism</source>
        <translation>Trata con fines de explotación sexual en el contexto del turismo</translation>
    </message>
    <message>
        <source>Livestreamed online sexual exploitation</source>
        <translation>Explotación sexual en línea transmitida en vivo</translation>
    </message>
    <message>
        <source>Forced begging</source>
        <translation>Mendicidad forzada</translation>
    </message>
    <message>
        <source>Forced recruitment into illegal armed groups</source>
        <translation>Reclutamiento forzado por grupos armados ilegales</translation>
    </message>
</context>
<context>
    <name>cpc::Workflow</name>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>En redacción</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
</context>
<context>
    <name>cpc::WorkflowPanel</name>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>De&amp;volver…</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;probar</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Asignado a:</translation>
    </message>
    <message>
        <source>Hand this part to the reviewer</source>
        <translation>Entregar esta parte a quien revisa</translation>
    </message>
    <message>
        <source>Send it back to its authors, saying why</source>
        <translation>Devolverla a sus autores, indicando el motivo</translation>
    </message>
    <message>
        <source>Accept it; approved content is locked until reopened</source>
        <translation>Aceptarla; el contenido aprobado queda bloqueado hasta que se reabra</translation>
    </message>
    <message>
        <source>Unlock it for changes again</source>
        <translation>Desbloquearla para volver a cambiarla</translation>
    </message>
    <message>
        <source>Entities assigned</source>
        <translation>Entidades asignadas</translation>
    </message>
    <message>
        <source>Choose a section, activity or indicator to see who writes it and where it stands.</source>
        <translation>Elija una sección, actividad o indicador para ver quién la redacta y en qué estado está.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Returned because: %1</source>
        <translation>Devuelto porque: %1</translation>
    </message>
    <message>
        <source>Approved content is locked until it is reopened.</source>
        <translation>El contenido aprobado está bloqueado hasta que se reabra.</translation>
    </message>
    <message>
        <source>Not part of this contribution.</source>
        <translation>No forma parte de esta contribución.</translation>
    </message>
    <message>
        <source>When your text is ready, submit it and send the file back.</source>
        <translation>Cuando su texto esté listo, envíelo y devuelva el archivo.</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation>Devolver para cambios</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Change assignment</source>
        <translation>Cambiar asignación</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>cpc::cli::ApplyCommand</name>
    <message>
        <source>apply a partial cpcreport-json/1 document as edits</source>
        <translation>aplicar como ediciones un documento parcial cpcreport-json/1</translation>
    </message>
    <message>
        <source>The report (.cpcreport).</source>
        <translation>El informe (.cpcreport).</translation>
    </message>
    <message>
        <source>What changes, in the shape of cpcreport-json/1.</source>
        <translation>Lo que cambia, con la forma de cpcreport-json/1.</translation>
    </message>
    <message>
        <source>Make the edits as this entity (recorded in the history).</source>
        <translation>Hacer las ediciones como esta entidad (queda registrado en el historial).</translation>
    </message>
    <message>
        <source>unknown entity &apos;%1&apos;</source>
        <translation>entidad desconocida «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed.</source>
        <translation>
            <numerusform>%n valor cambiado.</numerusform>
            <numerusform>%n valores cambiados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpc::cli::CheckCommand</name>
    <message>
        <source>Section %1</source>
        <translation>Sección %1</translation>
    </message>
    <message>
        <source>Section “%1”</source>
        <translation>Sección “%1”</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Actividad %1</translation>
    </message>
    <message>
        <source>Activity %1 “%2”</source>
        <translation>Actividad %1 “%2”</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Indicador %1</translation>
    </message>
    <message>
        <source>Indicator %1 “%2”</source>
        <translation>Indicador %1 “%2”</translation>
    </message>
    <message>
        <source>Entity %1</source>
        <translation>Entidad %1</translation>
    </message>
    <message>
        <source>Glossary term “%1”</source>
        <translation>Término del glosario “%1”</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>El informe</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>what is missing or inconsistent before printing</source>
        <translation>qué falta o es incoherente antes de imprimir</translation>
    </message>
    <message>
        <source>The report (.cpcreport).</source>
        <translation>El informe (.cpcreport).</translation>
    </message>
    <message>
        <source>Print the findings as JSON, for scripts.</source>
        <translation>Mostrar los hallazgos en JSON, para scripts.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% complete.</source>
        <translation>%1 % completo.</translation>
    </message>
    <message>
        <source>The report is ready to print.</source>
        <translation>El informe está listo para imprimir.</translation>
    </message>
    <message>
        <source>The report is not ready to print yet: resolve the errors above.</source>
        <translation>El informe todavía no está listo para imprimir: resuelva los errores anteriores.</translation>
    </message>
</context>
<context>
    <name>cpc::cli::CliSupport</name>
    <message>
        <source>the file is too large (%1 MB; at most %2 MB)</source>
        <translation>el archivo es demasiado grande (%1 MB; como máximo %2 MB)</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>no se puede leer el archivo (%1)</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>se esperaba %n argumento</numerusform>
            <numerusform>se esperaban %n argumentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>línea de comandos</translation>
    </message>
    <message>
        <source>the disk is full or the reader stopped</source>
        <translation>el disco está lleno o el lector se detuvo</translation>
    </message>
    <message>
        <source>standard output: the output could not be written: %1</source>
        <translation>salida estándar: no se pudo escribir la salida: %1</translation>
    </message>
</context>
<context>
    <name>cpc::cli::CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>cpcreport: unknown command &apos;%1&apos;. Run &apos;cpcreport --help&apos; for the list.</source>
        <translation>cpcreport: comando desconocido «%1». Ejecute &apos;cpcreport --help&apos; para ver la lista.</translation>
    </message>
    <message>
        <source>Usage: cpcreport [FILE.cpcreport]          open the authoring window</source>
        <translation>Uso: cpcreport [ARCHIVO.cpcreport]      abre la ventana de redacción</translation>
    </message>
    <message>
        <source>       cpcreport COMMAND [OPTIONS]         work on a report without a window</source>
        <translation>     cpcreport COMANDO [OPCIONES]       trabaja en un informe sin ventana</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &apos;cpcreport COMMAND --help&apos; for the options of a command.</source>
        <translation>Ejecute &apos;cpcreport COMANDO --help&apos; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 done with findings or conflicts, 2 bad usage or input, 3 failed.</source>
        <translation>Códigos de salida: 0 hecho, 1 hecho con hallazgos o conflictos, 2 uso o datos incorrectos, 3 falló.</translation>
    </message>
</context>
<context>
    <name>cpc::cli::ExportChoices</name>
    <message>
        <source>en, es or both (default: both).</source>
        <translation>en, es o both (predeterminado: both).</translation>
    </message>
    <message>
        <source>sequential (English, then Spanish) or parallel (side by side); default: sequential.</source>
        <translation>sequential (inglés y luego español) o parallel (lado a lado); predeterminado: sequential.</translation>
    </message>
    <message>
        <source>letter or a4 (default: letter).</source>
        <translation>letter o a4 (predeterminado: letter).</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;: use en, es or both</source>
        <translation>idioma desconocido &quot;%1&quot;: use en, es o both</translation>
    </message>
    <message>
        <source>unknown layout &quot;%1&quot;: use sequential or parallel</source>
        <translation>disposición desconocida &quot;%1&quot;: use sequential o parallel</translation>
    </message>
    <message>
        <source>unknown paper &quot;%1&quot;: use letter or a4</source>
        <translation>papel desconocido &quot;%1&quot;: use letter o a4</translation>
    </message>
    <message>
        <source>the output file is missing (-o %1)</source>
        <translation>falta el archivo de salida (-o %1)</translation>
    </message>
</context>
<context>
    <name>cpc::cli::ExportDocxCommand</name>
    <message>
        <source>write the report as an editable Word document (.docx) for comments</source>
        <translation>escribe el informe como documento editable de Word (.docx) para recibir comentarios</translation>
    </message>
    <message>
        <source>The report (.cpcreport).</source>
        <translation>El informe (.cpcreport).</translation>
    </message>
    <message>
        <source>The Word document to write.</source>
        <translation>El documento de Word que se escribirá.</translation>
    </message>
</context>
<context>
    <name>cpc::cli::ExportIndicatorsCommand</name>
    <message>
        <source>write the indicator tables as CSV or XLSX (small numbers protected)</source>
        <translation>escribe las tablas de indicadores en CSV o XLSX (con protección de cifras pequeñas)</translation>
    </message>
    <message>
        <source>The report (.cpcreport).</source>
        <translation>El informe (.cpcreport).</translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx.</source>
        <translation>El archivo que se escribe: .csv o .xlsx.</translation>
    </message>
    <message>
        <source>en or es: the language of headers and names (default: the interface language).</source>
        <translation>en o es: el idioma de los encabezados y nombres (predeterminado: el idioma de la interfaz).</translation>
    </message>
    <message>
        <source>Internal use only: write every value unmasked, even small counts of child victims, so that the file can be imported into another report.</source>
        <translation>Solo para uso interno: escribe todos los valores sin ocultar, incluso los conteos pequeños de niñas, niños y adolescentes víctimas, para poder importar el archivo en otro informe.</translation>
    </message>
    <message>
        <source>say where to write with -o OUT.csv or -o OUT.xlsx</source>
        <translation>indique dónde escribir con -o SALIDA.csv o -o SALIDA.xlsx</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>the output must end in .csv or .xlsx</source>
        <translation>la salida debe terminar en .csv o .xlsx</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;: use en or es</source>
        <translation>idioma desconocido &quot;%1&quot;: use en o es</translation>
    </message>
    <message>
        <source>Wrote %1: %2 indicator row(s), %3 breakdown row(s).</source>
        <translation>Se escribió %1: %2 fila(s) de indicadores, %3 fila(s) de desagregación.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) masked by small-number protection; the report file keeps the real values.</source>
        <translation>
            <numerusform>%n celda ocultada por la protección de cifras pequeñas; el archivo del informe conserva los valores reales.</numerusform>
            <numerusform>%n celdas ocultadas por la protección de cifras pequeñas; el archivo del informe conserva los valores reales.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: --raw writes small counts of child victims unmasked; keep this file internal.</source>
        <translation>advertencia: --raw escribe sin ocultar los conteos pequeños de niñas, niños y adolescentes víctimas; mantenga este archivo como interno.</translation>
    </message>
</context>
<context>
    <name>cpc::cli::ExportJsonCommand</name>
    <message>
        <source>write the whole report as cpcreport-json/1</source>
        <translation>escribe todo el informe en cpcreport-json/1</translation>
    </message>
    <message>
        <source>The report (.cpcreport).</source>
        <translation>El informe (.cpcreport).</translation>
    </message>
    <message>
        <source>Write to OUT.json instead of the standard output.</source>
        <translation>Escribir en SALIDA.json en lugar de la salida estándar.</translation>
    </message>
</context>
<context>
    <name>cpc::cli::ExportPdfCommand</name>
    <message>
        <source>write the report as a bilingual PDF for printing</source>
        <translation>escribe el informe como PDF bilingüe para imprimir</translation>
    </message>
    <message>
        <source>The report (.cpcreport).</source>
        <translation>El informe (.cpcreport).</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>El PDF que se escribe.</translation>
    </message>
    <message>
        <source>print as final even if `check` reports errors (otherwise such a report prints as a draft, marked DRAFT / BORRADOR on every page; with this option its cover lists what remains).</source>
        <translation>imprimir como final aunque `check` señale errores (si no, ese informe se imprime como borrador, con DRAFT / BORRADOR en cada página; con esta opción la portada enumera lo pendiente).</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n text(s) have characters the PDF&apos;s fonts cannot print (%1 in %2); they print as a replacement mark. `cpcreport check` lists them all.</source>
        <translation>
            <numerusform>aviso: %n texto tiene caracteres que las fuentes del PDF no pueden imprimir (%1 en %2); se imprimen como un signo de reemplazo. `cpcreport check` los enumera todos.</numerusform>
            <numerusform>aviso: %n textos tienen caracteres que las fuentes del PDF no pueden imprimir (%1 en %2); se imprimen como un signo de reemplazo. `cpcreport check` los enumera todos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpc::cli::HistoryCommand</name>
    <message>
        <source>list who changed what, when, from what to what</source>
        <translation>listar quién cambió qué, cuándo, de qué a qué</translation>
    </message>
    <message>
        <source>The report (.cpcreport).</source>
        <translation>El informe (.cpcreport).</translation>
    </message>
    <message>
        <source>Only changes at or below this field path (e.g. sections/objective-1).</source>
        <translation>Solo los cambios en esta ruta de campo o por debajo de ella (p. ej., sections/objective-1).</translation>
    </message>
    <message>
        <source>Only the newest N changes.</source>
        <translation>Solo los N cambios más recientes.</translation>
    </message>
    <message>
        <source>Print the changes as JSON.</source>
        <translation>Imprimir los cambios en JSON.</translation>
    </message>
    <message>
        <source>Set the one value named by --path back to what it was right after revision REV (a recorded edit).</source>
        <translation>Devolver el valor indicado con --path a lo que era justo después de la revisión REV (queda registrado como una edición).</translation>
    </message>
    <message>
        <source>expected a positive whole number</source>
        <translation>se esperaba un número entero positivo</translation>
    </message>
    <message>
        <source>(report created)</source>
        <translation>(informe creado)</translation>
    </message>
    <message>
        <source>expected a revision number</source>
        <translation>se esperaba un número de revisión</translation>
    </message>
    <message>
        <source>name the value to restore with --path</source>
        <translation>indique con --path el valor que desea restaurar</translation>
    </message>
    <message>
        <source>the report has no revision %1 (the newest is %2)</source>
        <translation>el informe no tiene la revisión %1 (la más reciente es la %2)</translation>
    </message>
    <message>
        <source>no recorded edit of exactly this value; name one text or figure</source>
        <translation>no hay ediciones registradas de exactamente este valor; indique un texto o una cifra</translation>
    </message>
    <message>
        <source>%1 already holds that value; nothing changed.</source>
        <translation>%1 ya tiene ese valor; no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 restored to %2 (revision %3).</source>
        <translation>%1 restaurado a %2 (revisión %3).</translation>
    </message>
</context>
<context>
    <name>cpc::cli::ImportIndicatorsCommand</name>
    <message>
        <source>import indicator values from a CSV or XLSX file</source>
        <translation>importa valores de indicadores desde un archivo CSV o XLSX</translation>
    </message>
    <message>
        <source>The report (.cpcreport).</source>
        <translation>El informe (.cpcreport).</translation>
    </message>
    <message>
        <source>The data: a CSV or XLSX file, one row per indicator and year.</source>
        <translation>Los datos: un archivo CSV o XLSX, una fila por indicador y año.</translation>
    </message>
    <message>
        <source>The reporting year of rows that give none (1 is the first year).</source>
        <translation>El año del informe para las filas que no indican ninguno (1 es el primer año).</translation>
    </message>
    <message>
        <source>XLSX: the sheet to read (default: the first).</source>
        <translation>XLSX: la hoja que se lee (predeterminado: la primera).</translation>
    </message>
    <message>
        <source>Show what would change, and change nothing.</source>
        <translation>Mostrar lo que cambiaría, sin cambiar nada.</translation>
    </message>
    <message>
        <source>the year must be a reporting year from 1 to %1</source>
        <translation>el año debe ser un año del informe de 1 a %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s); nothing was imported.</source>
        <translation>
            <numerusform>%n error; no se importó nada.</numerusform>
            <numerusform>%n errores; no se importó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1: %2</source>
        <translation>Se leyó %1: %2</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Columnas ignoradas: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>%1, year %2, %3: %4 -&gt; %5</source>
        <translation>%1, año %2, %3: %4 -&gt; %5</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... y %n más</numerusform>
            <numerusform>... y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) would change</source>
        <translation>
            <numerusform>%n valor cambiaría</numerusform>
            <numerusform>%n valores cambiarían</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) changed</source>
        <translation>
            <numerusform>Se cambió %n valor</numerusform>
            <numerusform>Se cambiaron %n valores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already as in the file</source>
        <translation>
            <numerusform>%n ya igual que en el archivo</numerusform>
            <numerusform>%n ya iguales que en el archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without values</source>
        <translation>
            <numerusform>%n fila sin valores</numerusform>
            <numerusform>%n filas sin valores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more error(s), not listed</source>
        <translation>
            <numerusform>... y %n error más, no listado</numerusform>
            <numerusform>... y %n errores más, no listados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cpc::cli::MergeCommand</name>
    <message>
        <source>bring a returned contribution into the report</source>
        <translation>incorporar al informe un aporte devuelto</translation>
    </message>
    <message>
        <source>The report (.cpcreport).</source>
        <translation>El informe (.cpcreport).</translation>
    </message>
    <message>
        <source>The contribution that came back.</source>
        <translation>El aporte que se devolvió.</translation>
    </message>
    <message>
        <source>Show what would change; change nothing.</source>
        <translation>Mostrar lo que cambiaría, sin cambiar nada.</translation>
    </message>
    <message>
        <source>Print the changes, conflicts and refusals as JSON.</source>
        <translation>Imprimir los cambios, conflictos y rechazos en JSON.</translation>
    </message>
    <message>
        <source>Contribution from %1 (dry run, nothing changed):</source>
        <translation>Aporte de %1 (simulación, no se cambió nada):</translation>
    </message>
    <message>
        <source>Contribution from %1:</source>
        <translation>Aporte de %1:</translation>
    </message>
    <message>
        <source>change</source>
        <translation>cambio</translation>
    </message>
    <message>
        <source>CONFLICT</source>
        <translation>CONFLICTO</translation>
    </message>
    <message>
        <source>as requested: %1</source>
        <translation>como se solicitó: %1</translation>
    </message>
    <message>
        <source>as returned:  %1</source>
        <translation>como se devolvió:  %1</translation>
    </message>
    <message>
        <source>as it is now: %1 (kept)</source>
        <translation>como está ahora: %1 (se conserva)</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>RECHAZADO</translation>
    </message>
    <message>
        <source>not asked of %1</source>
        <translation>no se le solicitó a %1</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>reabierto</translation>
    </message>
    <message>
        <source>comment by %1 not taken from %2&apos;s contribution</source>
        <translation>no se tomó del aporte de %2 el comentario de %1</translation>
    </message>
    <message>
        <source>Would take %1 changes; %2 conflicts left for review, %3 changes refused, %4 new comments, %5 threads resolved or reopened, %6 comments refused, %7 already merged.</source>
        <translation>Se tomarían %1 cambios; %2 conflictos quedan para revisión, %3 cambios rechazados, %4 comentarios nuevos, %5 hilos resueltos o reabiertos, %6 comentarios rechazados, %7 ya incorporados.</translation>
    </message>
    <message>
        <source>%1 changes taken, %2 conflicts left for review, %3 changes refused, %4 new comments, %5 threads resolved or reopened, %6 comments refused, %7 already merged.</source>
        <translation>%1 cambios tomados, %2 conflictos quedan para revisión, %3 cambios rechazados, %4 comentarios nuevos, %5 hilos resueltos o reabiertos, %6 comentarios rechazados, %7 ya incorporados.</translation>
    </message>
</context>
<context>
    <name>cpc::cli::NewCommand</name>
    <message>
        <source>create a report from a template, a JSON document or last year&apos;s report</source>
        <translation>crea un informe a partir de una plantilla, un documento JSON o el informe del año anterior</translation>
    </message>
    <message>
        <source>The report to create (never overwritten).</source>
        <translation>El informe que se crea (nunca se sobrescribe).</translation>
    </message>
    <message>
        <source>The template, by id or file (default: colombia-cpc).</source>
        <translation>La plantilla, por id o por archivo (predeterminado: colombia-cpc).</translation>
    </message>
    <message>
        <source>The reporting year: 1 is the first year after signing (default: 1).</source>
        <translation>El año del informe: 1 es el primer año después de la firma (predeterminado: 1).</translation>
    </message>
    <message>
        <source>Start from a cpcreport-json/1 document.</source>
        <translation>Comenzar a partir de un documento cpcreport-json/1.</translation>
    </message>
    <message>
        <source>Start next year&apos;s report from this year&apos;s: structure, entities, indicators and glossary kept, narratives empty with last year&apos;s text beside them.</source>
        <translation>Comenzar el informe del año siguiente a partir del de este año: se conservan la estructura, las entidades, los indicadores y el glosario; las narrativas quedan vacías, con el texto del año anterior al lado.</translation>
    </message>
    <message>
        <source>choose either --from-json or --carry-forward</source>
        <translation>elija --from-json o --carry-forward, no ambos</translation>
    </message>
    <message>
        <source>expected a reporting year from 1 to %1</source>
        <translation>se esperaba un año del informe de 1 a %1</translation>
    </message>
</context>
<context>
    <name>cpc::cli::RequestCommand</name>
    <message>
        <source>write a contribution file for one entity</source>
        <translation>escribir un archivo de aporte para una entidad</translation>
    </message>
    <message>
        <source>The report (.cpcreport).</source>
        <translation>El informe (.cpcreport).</translation>
    </message>
    <message>
        <source>The entity asked to contribute.</source>
        <translation>La entidad a la que se le solicita el aporte.</translation>
    </message>
    <message>
        <source>The contribution file to write.</source>
        <translation>El archivo de aporte que se escribirá.</translation>
    </message>
    <message>
        <source>What is asked, in a sentence or two.</source>
        <translation>Qué se solicita, en una o dos frases.</translation>
    </message>
    <message>
        <source>When it is due back.</source>
        <translation>Cuándo debe devolverse.</translation>
    </message>
    <message>
        <source>Show the request a contribution file answers, or the requests a report has made.</source>
        <translation>Mostrar la solicitud a la que responde un archivo de aporte, o las solicitudes que ha hecho un informe.</translation>
    </message>
    <message>
        <source>--entity and -o are required</source>
        <translation>se requieren --entity y -o</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Contribution request for %1 written to %2: %3 sections, %4 activities, %5 indicators open for writing.</source>
        <translation>Solicitud de aporte para %1 escrita en %2: %3 secciones, %4 actividades y %5 indicadores abiertos para edición.</translation>
    </message>
    <message>
        <source>Contribution of %1, requested %2 by %3</source>
        <translation>Aporte de %1, solicitado el %2 por %3</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, con plazo hasta el %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Sections: %1</source>
        <translation>Secciones: %1</translation>
    </message>
    <message>
        <source>Activities: %1</source>
        <translation>Actividades: %1</translation>
    </message>
    <message>
        <source>Indicators: %1</source>
        <translation>Indicadores: %1</translation>
    </message>
    <message>
        <source>Everything else is read-only.</source>
        <translation>Todo lo demás es de solo lectura.</translation>
    </message>
    <message>
        <source>This report has made no contribution requests.</source>
        <translation>Este informe no ha hecho solicitudes de aporte.</translation>
    </message>
    <message>
        <source>a contribution file is a report file and cannot go to the standard output; give a file name</source>
        <translation>un archivo de aporte es un archivo de informe y no puede ir a la salida estándar; indique un nombre de archivo</translation>
    </message>
</context>
<context>
    <name>cpc::cli::SummaryCommand</name>
    <message>
        <source>show what a report holds, at a glance</source>
        <translation>muestra de un vistazo lo que contiene un informe</translation>
    </message>
    <message>
        <source>The report (.cpcreport).</source>
        <translation>El informe (.cpcreport).</translation>
    </message>
    <message>
        <source>Reporting year %1, from %2 to %3; template %4; drafted in %5.</source>
        <translation>Año del informe %1, del %2 al %3; plantilla %4; redactado en %5.</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>%1 sections, %2 activities, %3 indicators, %4 entities, %5 glossary terms, %6 comments.</source>
        <translation>%1 secciones, %2 actividades, %3 indicadores, %4 entidades, %5 términos del glosario, %6 comentarios.</translation>
    </message>
    <message>
        <source>Text sides: %1 current, %2 stale, %3 missing.</source>
        <translation>Lados de texto: %1 al día, %2 desactualizados, %3 faltantes.</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n actividad</numerusform>
            <numerusform>%n actividades</numerusform>
        </translation>
    </message>
</context>
</TS>
