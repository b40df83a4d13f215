#pragma once

#include "checks/CheckContext.h"
#include "checks/Finding.h"

namespace cpc {

// print.unshown_characters (warning): a text, name, dimension or category holds characters the PDF's
// fonts cannot show (Arabic, Hebrew, the scripts of India, emoji...; PrintableText decides), which would
// print as a replacement mark. Found with the text's place and the first such character, before anyone
// exports; export-pdf and the export dialog warn with the first of them.
// print.formatting_marks (warning): a text that prints as typed (a name, a definition, an explanation:
// anything but a narrative) holds formatting marks a script or spreadsheet left in it (**bold**, a
// [link](address), a "# heading" line), which would print literally.
class PrintableRules {
public:
    static void run(const Report& report, const CheckContext& context, Findings& out);
};

} // namespace cpc
