#include "common/FieldLabel.h"

#include "common/EntityLabel.h"
#include "common/UiLanguage.h"
#include "common/VocabularyNames.h"
#include "model/Paths.h"
#include "model/Report.h"
#include "model/Vocabulary.h"
#include "model/Workflow.h"

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

// A field the window has no name for: its path after its owner's, without the language (said in words).
QString rawName(const FieldPath& p, const FieldMatch& m, bool side)
{
    const FieldPath owner = Paths::ownerOf(m);
    const QStringList rest = p.segments().mid(owner.isEmpty() ? 1 : owner.size());
    return (side ? rest.mid(0, rest.size() - 1) : rest).join(QLatin1Char('/'));
}

// The name of a field of `m`'s kind; `p` is the path itself (a whole text or one side of it).
QString kindName(const FieldPath& p, const FieldMatch& m, bool side)
{
    const QString year = m.values.value(1);
    switch (m.kind()) {
    case FieldKind::ReportTitle:
    case FieldKind::SectionTitle:
    case FieldKind::ActivityTitle:
        return FieldLabel::tr("Title");
    case FieldKind::ReportPartnership:
        return FieldLabel::tr("Partnership");
    case FieldKind::SectionBody:
        return FieldLabel::tr("Narrative");
    case FieldKind::ActivityBody:
        return FieldLabel::tr("What was done");
    case FieldKind::EntityName:
    case FieldKind::IndicatorName:
        return FieldLabel::tr("Name");
    case FieldKind::IndicatorDefinition:
    case FieldKind::GlossaryDefinition:
        return FieldLabel::tr("Definition");
    case FieldKind::IndicatorSource:
        return FieldLabel::tr("Source");
    case FieldKind::ActivityStatus:
        return FieldLabel::tr("Progress");
    case FieldKind::SectionStatus:
    case FieldKind::ActivityReviewStatus:
    case FieldKind::IndicatorReviewStatus:
        return FieldLabel::tr("Review status");
    case FieldKind::SectionReturnReason:
    case FieldKind::ActivityReviewReason:
    case FieldKind::IndicatorReviewReason:
        return FieldLabel::tr("Reason for returning");
    case FieldKind::SectionAssignedTo:
    case FieldKind::ActivityResponsible:
    case FieldKind::IndicatorResponsible:
        return FieldLabel::tr("Assigned to");
    case FieldKind::ActivityTraffickingTypes:
        return FieldLabel::tr("Forms of trafficking");
    case FieldKind::IndicatorActual:
        return FieldLabel::tr("Actual, year %1").arg(year);
    case FieldKind::IndicatorTarget:
        return FieldLabel::tr("Target, year %1").arg(year);
    case FieldKind::IndicatorVarianceExplanation:
        return FieldLabel::tr("Explanation of the difference, year %1").arg(year);
    case FieldKind::IndicatorBreakdownYear:
        return FieldLabel::tr("Breakdown, year %1").arg(year);
    case FieldKind::IndicatorBreakdownDimension:
    case FieldKind::IndicatorBreakdownCategory:
        return FieldLabel::tr("Breakdown, year %1: %2")
            .arg(year, m.values.mid(2).join(QStringLiteral(" › ")));
    case FieldKind::SectionActivityOrder:
        return FieldLabel::tr("Order of the activities");
    case FieldKind::IndicatorOrder:
        return FieldLabel::tr("Order of the indicators");
    case FieldKind::SectionOrder:
        return FieldLabel::tr("Order of the sections");
    case FieldKind::Comments:
        return FieldLabel::tr("Comments");
    case FieldKind::ReportTemplate:
    case FieldKind::ReportYear:
    case FieldKind::ReportPeriodStart:
    case FieldKind::ReportPeriodEnd:
    case FieldKind::ReportSourceLanguage:
    case FieldKind::ReportPreparedBy:
    case FieldKind::ReportSmallNumbersEnabled:
    case FieldKind::ReportSmallNumbersThreshold:
    case FieldKind::Entity:
    case FieldKind::EntityKind:
    case FieldKind::EntityAcronym:
    case FieldKind::Section:
    case FieldKind::SectionObjective:
    case FieldKind::SectionActivity:
    case FieldKind::Activity:
    case FieldKind::Indicator:
    case FieldKind::IndicatorUnit:
    case FieldKind::IndicatorDirection:
    case FieldKind::IndicatorObjective:
    case FieldKind::IndicatorBaseline:
    case FieldKind::IndicatorBaselineValue:
    case FieldKind::IndicatorBaselinePeriod:
    case FieldKind::IndicatorKey:
    case FieldKind::IndicatorCumulative:
    case FieldKind::IndicatorSensitive:
    case FieldKind::GlossaryEntry:
    case FieldKind::GlossaryTerm:
    case FieldKind::BreakdownDimension:
    case FieldKind::BreakdownDimensionLabel:
    case FieldKind::BreakdownCategory:
    case FieldKind::BreakdownCategoryLabel:
        break;
    }
    return rawName(p, m, side);
}

} // namespace

QString FieldLabel::fieldName(const FieldPath& p)
{
    std::optional<FieldMatch> m = FieldSchema::match(p);
    const bool side = m && m->spec->type == FieldType::TextSide;
    if (!m) m = FieldSchema::matchText(p);
    if (!m) return p.segments().mid(2).join(QLatin1Char('/'));
    const QString name = kindName(p, *m, side);
    return side ? QStringLiteral("%1 (%2)").arg(name, languageName(p.last())) : name;
}

QString FieldLabel::describe(const Report& r, const FieldPath& p)
{
    const std::optional<FieldMatch> m = FieldSchema::matchWithin(p);
    if (!m) return p.toString();
    const QString id = m->id();
    QString object;
    switch (m->spec->owner) {
    case FieldOwner::Section:
        if (const Section* s = r.section(id)) object = UiLanguage::pick(s->title.en(), s->title.es());
        break;
    case FieldOwner::Activity:
        object = tr("Activity %1").arg(id);
        break;
    case FieldOwner::Indicator:
        object = tr("Indicator %1").arg(id);
        break;
    case FieldOwner::Report:
        // The orders are whole fields of the report, named by themselves.
        if (m->kind() == FieldKind::IndicatorOrder || m->kind() == FieldKind::SectionOrder)
            return fieldName(p);
        return p.toString();
    case FieldOwner::Comments:
        return fieldName(p);
    case FieldOwner::Entity:
    case FieldOwner::Glossary:
    case FieldOwner::BreakdownLabels:
        return p.toString();
    }
    if (object.isEmpty()) object = id;
    return p == Paths::ownerOf(*m) ? object : object + QStringLiteral(" › ") + fieldName(p);
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

QString FieldLabel::plainText(const QString& markdown)
{
    QTextDocument doc;
    doc.setMarkdown(markdown, QTextDocument::MarkdownDialectCommonMark);
    return doc.toPlainText();
}

bool FieldLabel::isText(const FieldPath& p, const QJsonValue& v)
{
    const std::optional<FieldMatch> m = FieldSchema::match(p);
    return (v.isString() || v.isNull() || v.isUndefined()) && m && m->spec->type == FieldType::TextSide;
}

QString FieldLabel::readable(const Report& report, const FieldPath& p, const QJsonValue& v, int maxChars)
{
    if (v.isUndefined() || v.isNull()) return QStringLiteral("—");
    const std::optional<FieldMatch> m = FieldSchema::match(p);
    const auto words = m ? m->spec->vocabulary : nullptr;
    auto names = [&](auto name) {
        QStringList out;
        for (const QJsonValue& x : v.toArray())
            out << name(x.toString());
        return out.isEmpty() ? QStringLiteral("—") : out.join(QStringLiteral(", "));
    };
    QString s;
    if (words == &Vocabulary::workflowStatuses) {
        const std::optional<ReviewStatus> status = reviewStatusFromId(v.toString());
        s = status ? Workflow::statusName(*status) : v.toString();
    } else if (words == &Vocabulary::activityStatuses)
        s = VocabularyNames::activityStatus(v.toString());
    else if (m && m->spec->type == FieldType::EntityIds)
        s = names([&](const QString& id) { return EntityLabel::of(report, id); });
    else if (words == &Vocabulary::traffickingTypes)
        s = names([](const QString& id) { return VocabularyNames::traffickingType(id); });
    else if (isText(p, v))
        s = plainText(v.toString());
    else
        return value(v, maxChars < 0 ? std::numeric_limits<int>::max() : maxChars);
    s = s.simplified();
    if (maxChars >= 0 && s.size() > maxChars) s = s.left(maxChars - 1) + QChar(0x2026);
    return s;
}

} // namespace cpc
