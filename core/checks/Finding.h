#pragma once

#include "model/FieldPath.h"
#include "model/Language.h"

#include <QList>
#include <QString>
#include <optional>

namespace cpc {

struct Report;

enum class Severity { Error, Warning, Info };

// One thing the readiness checks found. The message is part of the finding in both languages, so that
// a report checked in Spanish can be discussed with a partner who reads it in English; only the chrome
// around it (headings, counts) follows the interface language.
struct Finding {
    QString rule; // stable id, e.g. "translation.stale"
    Severity severity = Severity::Warning;
    FieldPath path;  // the value it points to, with the language segment for a text side
    QString section; // ids of the place, where they apply (an activity also names its section)
    QString activity;
    QString indicator;
    int year = 0; // reporting year; 0: none
    std::optional<Language> language;
    int start = -1; // character range inside the text side; -1: the whole value
    int length = 0;
    QString excerpt; // the text matched (privacy, numbers), for display and dismissal
    QString messageEn;
    QString messageEs;

    const QString& message(Language l) const { return l == Language::En ? messageEn : messageEs; }

    // A finding on `path`, with the place ids worked out from the path (an activity's section is looked
    // up in `report`) and the language taken from a trailing en/es segment.
    static Finding at(const Report& report, const QString& rule, Severity severity, const FieldPath& path,
                      const QString& en, const QString& es);

    static QString severityId(Severity s); // error | warning | info
};

using Findings = QList<Finding>;

} // namespace cpc
