#pragma once

#include "model/Report.h"

#include <QByteArray>
#include <QJsonObject>

namespace cpc {

// The template's guidance for a part of the report, read from the template JSON the file keeps
// (ReportDocument::templateJson()): per section (by id, else by kind and objective), and the
// template-wide guidance for activities and indicators. Returns Markdown in the interface language
// (the other language when that one is empty), or empty when the template says nothing.
class Guidance {
public:
    explicit Guidance(const QByteArray& templateJson);

    QString forSection(const Section& s) const;
    QString forActivity() const;
    QString forIndicator() const;
    // Suggested length of a section, "" when the template gives none (e.g. "300–600 words").
    QString suggestedLength(const Section& s) const;

private:
    QJsonObject templateSection(const Section& s) const;
    static QString pick(const QJsonValue& biText);

    QJsonObject m_root;
};

} // namespace cpc
