#include "contributions/FieldLabel.h"

#include "common/UiLanguage.h"
#include "activities/ActivityPage.h"
#include "model/Report.h"
#include "model/Workflow.h"
#include "workflow/ReviewTarget.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextDocument>

#include <limits>

namespace cpc {

namespace {
QString languageName(const QString& code)
{
    if (code == QLatin1String("en")) return FieldLabel::tr("English");
    if (code == QLatin1String("es")) return FieldLabel::tr("Spanish");
    return code;
}
} // namespace

QString FieldLabel::fieldName(const FieldPath& p)
{
    const QString f = p.at(2);
    const bool text = p.last() == QLatin1String("en") || p.last() == QLatin1String("es");
    QString name;
    if (f == QLatin1String("title"))
        name = tr("Title");
    else if (f == QLatin1String("body"))
        name = p.at(0) == QLatin1String("activities") ? tr("What was done") : tr("Narrative");
    else if (f == QLatin1String("name"))
        name = tr("Name");
    else if (f == QLatin1String("definition"))
        name = tr("Definition");
    else if (f == QLatin1String("source"))
        name = tr("Source");
    else if (f == QLatin1String("status") && p.at(0) == QLatin1String("activities"))
        name = tr("Progress");
    else if (f == QLatin1String("status") || f == QLatin1String("review_status"))
        name = tr("Review status");
    else if (f == QLatin1String("return_reason") || f == QLatin1String("review_reason"))
        name = tr("Reason for returning");
    else if (f == QLatin1String("assigned_to") || f == QLatin1String("responsible"))
        name = tr("Assigned to");
    else if (f == QLatin1String("trafficking_types"))
        name = tr("Forms of trafficking");
    else if (f == QLatin1String("actuals"))
        name = tr("Actual, year %1").arg(p.at(3));
    else if (f == QLatin1String("targets"))
        name = tr("Target, year %1").arg(p.at(3));
    else if (f == QLatin1String("variance_explanation"))
        name = tr("Explanation of the difference, year %1").arg(p.at(3));
    else if (f == QLatin1String("disaggregation")) {
        QStringList rest = p.segments().mid(4);
        name = rest.isEmpty() ? tr("Breakdown, year %1").arg(p.at(3))
                              : tr("Breakdown, year %1: %2").arg(p.at(3), rest.join(QStringLiteral(" › ")));
    } else if (p.at(0) == QLatin1String("comments"))
        name = tr("Comments");
    else if (f == QLatin1String("activity_order"))
        name = tr("Order of the activities");
    else
        name = p.segments().mid(2).join(QLatin1Char('/'));
    if (text && f != QLatin1String("disaggregation"))
        name += QStringLiteral(" (%1)").arg(languageName(p.last()));
    return name;
}

QString FieldLabel::describe(const Report& r, const FieldPath& p)
{
    const QString root = p.at(0), id = p.at(1);
    QString object;
    if (root == QLatin1String("sections")) {
        const Section* s = r.section(id);
        object = s ? UiLanguage::pick(s->title.en(), s->title.es()) : id;
    } else if (root == QLatin1String("activities")) {
        object = tr("Activity %1").arg(id);
    } else if (root == QLatin1String("indicators")) {
        object = tr("Indicator %1").arg(id);
    } else if (root == QLatin1String("comments")) {
        return tr("Comments");
    } else if (root == QLatin1String("indicator_order")) {
        return tr("Order of the indicators");
    } else if (root == QLatin1String("section_order")) {
        return tr("Order of the sections");
    } else {
        return p.toString();
    }
    if (object.isEmpty()) object = id;
    return p.size() <= 2 ? object : object + QStringLiteral(" › ") + fieldName(p);
}

QString FieldLabel::fullText(const QJsonValue& v)
{
    if (v.isUndefined() || v.isNull()) return QString();
    if (v.isString()) return v.toString();
    const QString json = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    return json.mid(1).chopped(1);
}

QString FieldLabel::value(const QJsonValue& v, int maxChars)
{
    if (v.isUndefined() || v.isNull()) return QStringLiteral("—");
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue& x : v.toArray())
            items << (x.isString() ? x.toString() : fullText(x));
        return items.isEmpty() ? QStringLiteral("—") : items.join(QStringLiteral(", "));
    }
    QString s = fullText(v).simplified();
    if (s.size() > maxChars) s = s.left(maxChars - 1) + QChar(0x2026);
    return s;
}

} // namespace cpc

namespace cpc {

bool FieldLabel::isText(const FieldPath& p, const QJsonValue& v)
{
    const bool textSide = p.last() == QLatin1String("en") || p.last() == QLatin1String("es");
    return (v.isString() || v.isNull() || v.isUndefined()) && textSide;
}

QString FieldLabel::readable(const Report& report, const FieldPath& p, const QJsonValue& v, int maxChars)
{
    if (v.isUndefined() || v.isNull()) return QStringLiteral("—");
    const QString f = p.at(2);
    const bool activity = p.at(0) == QLatin1String("activities");
    auto names = [&](auto name) {
        QStringList out;
        for (const QJsonValue& x : v.toArray()) out << name(x.toString());
        return out.isEmpty() ? QStringLiteral("—") : out.join(QStringLiteral(", "));
    };
    QString s;
    if (f == QLatin1String("review_status") || (f == QLatin1String("status") && !activity))
        s = Workflow::statusName(v.toString());
    else if (f == QLatin1String("status"))
        s = ActivityPage::activityStatusName(v.toString());
    else if (f == QLatin1String("assigned_to") || f == QLatin1String("responsible"))
        s = names([&](const QString& id) { return ReviewTarget::entityName(report, id); });
    else if (f == QLatin1String("trafficking_types"))
        s = names([](const QString& id) { return ActivityPage::traffickingTypeName(id); });
    else if (isText(p, v)) {
        QTextDocument doc;
        doc.setMarkdown(v.toString(), QTextDocument::MarkdownDialectCommonMark);
        s = doc.toPlainText();
    } else
        return value(v, maxChars < 0 ? std::numeric_limits<int>::max() : maxChars);
    s = s.simplified();
    if (maxChars >= 0 && s.size() > maxChars) s = s.left(maxChars - 1) + QChar(0x2026);
    return s;
}

} // namespace cpc
