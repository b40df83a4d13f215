#pragma once

#include <QStringView>
#include <QtGlobal>

namespace cpc {

// The largest inputs the program accepts, checked before any work is done so that no file can make it
// run out of memory or hang. Each is far above what a real annual report needs (the five-year
// partnership's report has about ten sections, a few dozen activities and indicators), so a limit is
// only ever met by a damaged or hostile file. They are documented for users in
// docs/report-json-extensions.md and docs/limits.md.
struct Limits {
    // A .cpcreport file. Large reports with their full history stay well under 100 MB.
    static constexpr qint64 kMaxReportFileBytes = qint64(1) << 30;
    // A cpcreport-json/1 document or change document. The large test report (gen_large_report.py
    // --scale 1: 120 indicators, many times a real report's narrative) is 0.75 MB; 32 MiB leaves room
    // for very long narratives while keeping a parse (a few times the input in memory) harmless.
    static constexpr qint64 kMaxJsonBytes = qint64(32) << 20;
    // JSON nesting. The deepest legitimate place is a disaggregation value (document > indicators >
    // indicator > disaggregation > year > dimension > category: 7 levels); 64 rejects pathological
    // documents before the parser recurses into them.
    static constexpr int kMaxJsonDepth = 64;
    // One text (a narrative side): about 300 pages of prose.
    static constexpr int kMaxTextLength = 1000000;
    // A link's target in a text (a Markdown link or an autolink), in characters. The PDF carries it as a
    // string, and readers keep strings of at most 32,767 bytes (PDF 1.7, annex C; libharu refuses more
    // than 65,535): 8,000 characters of up to four bytes each always fit. Real addresses, even long
    // shared-document links, stay under 2,000.
    static constexpr int kMaxLinkLength = 8000;
    // An id (section, activity, indicator, entity), a disaggregation dimension or category, a baseline
    // period: short labels that end up in table cells and file names.
    static constexpr int kMaxIdLength = 200;
    // Any list (sections, activities, indicators, entities, glossary, comments, ids in a list,
    // disaggregation dimensions and categories).
    static constexpr int kMaxListLength = 10000;
    // Reporting years: the partnership runs five years; renewals are allowed for.
    static constexpr int kMaxYear = 50;
    // The partnership's own span: signed in April 2022 for five years, and extended at most once by as
    // much again. Figures for a year beyond it (a typo such as 42, or a calendar year) are refused by the
    // indicator import and the merge (IndicatorValueCheck); kMaxYear stays the interchange format's bound.
    static constexpr int kPartnershipYears = 5;
    static constexpr int kMaxExtensionYears = 5;
    static constexpr int kLastPartnershipYear = kPartnershipYears + kMaxExtensionYears;
    // Indicator values: beyond this a figure is a typing error, and doubles stop being exact integers.
    static constexpr double kMaxNumber = 1e15;
    // The small-number protection threshold: hiding every count below 1,000 would hide the whole table.
    static constexpr int kMaxSmallNumberThreshold = 1000;

    // The length that text limits count: characters (Unicode code points), as the messages say, not the
    // UTF-16 units a QString holds (an emoji is one character and two units).
    static qsizetype characters(QStringView s)
    {
        qsizetype pairs = 0;
        const qsizetype n = s.size();
        for (qsizetype i = 0; i + 1 < n; ++i)
            if (s[i].isHighSurrogate() && s[i + 1].isLowSurrogate()) {
                ++pairs;
                ++i;
            }
        return n - pairs;
    }
};

} // namespace cpc
