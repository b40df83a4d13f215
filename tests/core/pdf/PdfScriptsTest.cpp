// Issue 14, defect 14: characters outside the report's font family. Chinese, Japanese and Korean print in
// the fallback faces of Debian's fonts-droid-fallback and fonts-nanum (build.sh installs them) and read
// back as the same characters; scripts that need shaping or right-to-left layout are not printed wrong
// but found by `check` (PrintableRulesTest).
#include "PdfTestFonts.h"
#include "PdfToolCheck.h"
#include "pdf/FallbackFont.h"
#include "pdf/LineBreaker.h"
#include "pdf/PdfContentWriter.h"
#include "pdf/PdfExporter.h"
#include "support/TestSupport.h"

#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;

namespace {

const QString kChinese = QString::fromUtf8("儿童保护合作伙伴关系在哥伦比亚取得了进展。");
const QString kJapanese = QString::fromUtf8("日本語のテキスト：子どもの保護、カタカナ。");
const QString kKorean = QString::fromUtf8("아동 보호 협력");

QString withoutSpaces(QString s)
{
    return s.remove(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

TEST_CASE("Chinese, Japanese and Korean print in the fallback faces and read back as the same characters",
          "[pdf][scripts]")
{
    REQUIRE_FALSE(FallbackFont::path(FallbackFont::Cjk).isEmpty());    // fonts-droid-fallback (build.sh)
    REQUIRE_FALSE(FallbackFont::path(FallbackFont::Hangul).isEmpty()); // fonts-nanum
    TempDir dir;
    Report r = sampleReport();
    r.sections[0].body = BiText(QStringLiteral("Partners wrote: ") + kChinese + QLatin1Char(' ') + kJapanese +
                                    QStringLiteral(" **") + kKorean + QStringLiteral("** and more."),
                                QStringLiteral("Los socios escribieron: ") + kChinese + kJapanese);
    r.info.title = BiText(r.info.title.en() + QLatin1Char(' ') + kKorean, r.info.title.es());
    const QString path = dir.path(QStringLiteral("scripts.pdf"));
    REQUIRE(PdfExporter::exportReport(r, path, PdfOptions{}).ok());
    const PdfToolCheck pdf(path);
    QString log;
    CHECK(pdf.qpdfCheck(&log));
    int fonts = 0;
    CHECK(pdf.fontsNotEmbedded(&fonts).isEmpty());
    CHECK(fonts == 6); // the family's four faces and both fallback faces, all embedded
    const QString text = withoutSpaces(pdf.text());
    CHECK(text.contains(withoutSpaces(kChinese + kJapanese + kKorean))); // bold Korean prints in its one face
    CHECK(text.contains(withoutSpaces(QStringLiteral("Los socios escribieron: ") + kChinese + kJapanese)));
    CHECK_FALSE(text.contains(QChar(0xFFFD)));
    CHECK_FALSE(text.contains(QStringLiteral("??")));
}

TEST_CASE("Text without those characters does not load or embed a fallback face", "[pdf][scripts]")
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("latin.pdf"));
    REQUIRE(PdfExporter::exportReport(sampleReport(), path, PdfOptions{}).ok());
    int fonts = 0;
    CHECK(PdfToolCheck(path).fontsNotEmbedded(&fonts).isEmpty());
    CHECK(fonts == 4);
}

TEST_CASE("A line of Chinese ends between two characters, without a hyphen, and none starts with a full stop",
          "[pdf][scripts]")
{
    PdfTestFonts f;
    REQUIRE(f.loaded);
    const QString text = f.fonts.sanitize(kChinese.repeated(6));
    REQUIRE(text == kChinese.repeated(6)); // every character kept
    LineBreaker::Style st;
    st.width = 150;
    const auto lines = LineBreaker(f.fonts).layout(text, FontStyle::Regular, st);
    REQUIRE(lines.size() > 4);
    QString joined;
    for (const TextLine& l : lines) {
        QString line;
        for (const PdfOp& o : l.ops)
            line += QString::fromStdString(o.text);
        CHECK(l.width <= st.width + 0.01f);
        CHECK_FALSE(line.contains(QLatin1Char('-')));
        CHECK_FALSE(line.startsWith(QString::fromUtf8("。")));
        joined += line;
    }
    CHECK(joined == text);
}

TEST_CASE("The content stream switches to the fallback face for its characters only", "[pdf][scripts]")
{
    PdfTestFonts f;
    REQUIRE(f.loaded);
    const std::string text =
        f.fonts.sanitize(QStringLiteral("ab") + kChinese.left(2) + QStringLiteral("cd")).toStdString();
    const PdfOps ops{PdfOp::makeText(72, 100, FontStyle::Bold, 12, text, 60)};
    CHECK(PdfContentWriter::facesUsed(ops, f.fonts) ==
          ((1u << unsigned(FontStyle::Bold)) | (1u << PdfFonts::kFallback)));
    const std::array<std::string, PdfFonts::kFaces> names{"F1", "F2", "F3", "F4", "F5", "F6"};
    const std::string content = PdfContentWriter(f.fonts, 792, names).write(ops);
    const size_t bold = content.find("/F2 12 Tf"), cjk = content.find("/F5 12 Tf"),
                 back = content.rfind("/F2 12 Tf");
    REQUIRE(bold != std::string::npos);
    REQUIRE(cjk != std::string::npos);
    CHECK(bold < cjk);
    CHECK(cjk < back); // and back to bold for "cd"
}
