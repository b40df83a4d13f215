#include "pdf/PdfOptions.h"

namespace cpc {

std::optional<PdfOptions::Languages> PdfOptions::languagesFromId(const QString& id)
{
    if (id == QLatin1String("en")) return Languages::En;
    if (id == QLatin1String("es")) return Languages::Es;
    if (id == QLatin1String("both")) return Languages::Both;
    return std::nullopt;
}

std::optional<PdfOptions::Layout> PdfOptions::layoutFromId(const QString& id)
{
    if (id == QLatin1String("sequential")) return Layout::Sequential;
    if (id == QLatin1String("parallel")) return Layout::Parallel;
    return std::nullopt;
}

std::optional<PdfOptions::Paper> PdfOptions::paperFromId(const QString& id)
{
    if (id == QLatin1String("letter")) return Paper::Letter;
    if (id == QLatin1String("a4")) return Paper::A4;
    return std::nullopt;
}

} // namespace cpc
