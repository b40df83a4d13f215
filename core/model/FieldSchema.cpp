#include "model/FieldSchema.h"

#include "model/Language.h"
#include "model/Vocabulary.h"

#include <QHash>

namespace cpc {

namespace {

using K = FieldKind;
using T = FieldType;
using O = FieldOwner;
using L = FieldLock;
using S = FieldScope;

// clang-format off
const QList<FieldSpec>& table()
{
    static const QList<FieldSpec> rows{
        {K::ReportTemplate,              "report/template",                        T::Text,      O::Report, L::Never, S::Coordinator},
        {K::ReportPartnership,           "report/partnership/LANG",                T::TextSide,  O::Report, L::Never, S::Coordinator},
        {K::ReportTitle,                 "report/title/LANG",                      T::TextSide,  O::Report, L::Never, S::Coordinator},
        {K::ReportYear,                  "report/reporting_year",                  T::Integer,   O::Report, L::Never, S::Coordinator},
        {K::ReportPeriodStart,           "report/period/start",                    T::Date,      O::Report, L::Never, S::Coordinator},
        {K::ReportPeriodEnd,             "report/period/end",                      T::Date,      O::Report, L::Never, S::Coordinator},
        {K::ReportSourceLanguage,        "report/source_language",                T::Choice,    O::Report, L::Never, S::Coordinator, &Vocabulary::languages},
        {K::ReportPreparedBy,            "report/prepared_by",                     T::Text,      O::Report, L::Never, S::Coordinator},
        {K::ReportSmallNumbersEnabled,   "report/small_numbers/enabled",           T::Flag,      O::Report, L::Never, S::Coordinator},
        {K::ReportSmallNumbersThreshold, "report/small_numbers/threshold",         T::Integer,   O::Report, L::Never, S::Coordinator},

        {K::Entity,                      "entities/ID",                            T::Object,    O::Entity, L::Never, S::Coordinator},
        {K::EntityKind,                  "entities/ID/kind",                       T::Choice,    O::Entity, L::Never, S::Coordinator, &Vocabulary::entityKinds},
        {K::EntityAcronym,               "entities/ID/acronym/LANG",               T::TextSide,  O::Entity, L::Never, S::Coordinator},
        {K::EntityName,                  "entities/ID/name/LANG",                  T::TextSide,  O::Entity, L::Never, S::Coordinator},

        {K::Section,                     "sections/ID",                            T::Object,    O::Section, L::OwnerApproved, S::Coordinator},
        {K::SectionTitle,                "sections/ID/title/LANG",                 T::TextSide,  O::Section, L::OwnerApproved, S::Coordinator},
        {K::SectionBody,                 "sections/ID/body/LANG",                  T::TextSide,  O::Section, L::OwnerApproved, S::Assigned},
        {K::SectionAssignedTo,           "sections/ID/assigned_to",                T::EntityIds, O::Section, L::OwnerApproved, S::Coordinator},
        {K::SectionStatus,               "sections/ID/status",                     T::Choice,    O::Section, L::Never,         S::AssignedStatus, &Vocabulary::workflowStatuses},
        {K::SectionReturnReason,         "sections/ID/return_reason",              T::Text,      O::Section, L::Never,         S::Coordinator},
        {K::SectionObjective,            "sections/ID/objective",                  T::Integer,   O::Section, L::OwnerApproved, S::Coordinator},
        {K::SectionActivity,             "sections/ID/activities/ACTIVITY",        T::Object,    O::Section, L::OwnerApproved, S::Coordinator},
        {K::SectionActivityOrder,        "sections/ID/activity_order",             T::Order,     O::Section, L::OwnerApproved, S::Coordinator},
        {K::SectionOrder,                "section_order",                          T::Order,     O::Report, L::Never, S::Coordinator},

        {K::Activity,                    "activities/ID",                          T::Object,    O::Activity, L::OwnerApproved, S::Coordinator},
        {K::ActivityTitle,               "activities/ID/title/LANG",               T::TextSide,  O::Activity, L::OwnerApproved, S::Assigned},
        {K::ActivityBody,                "activities/ID/body/LANG",                T::TextSide,  O::Activity, L::OwnerApproved, S::Assigned},
        {K::ActivityResponsible,         "activities/ID/responsible",              T::EntityIds, O::Activity, L::OwnerApproved, S::Coordinator},
        {K::ActivityStatus,              "activities/ID/status",                   T::Choice,    O::Activity, L::OwnerApproved, S::Assigned, &Vocabulary::activityStatuses},
        {K::ActivityTraffickingTypes,    "activities/ID/trafficking_types",        T::Choices,   O::Activity, L::OwnerApproved, S::Assigned, &Vocabulary::traffickingTypes},
        {K::ActivityReviewStatus,        "activities/ID/review_status",            T::Choice,    O::Activity, L::Never,         S::AssignedStatus, &Vocabulary::workflowStatuses},
        {K::ActivityReviewReason,        "activities/ID/review_reason",            T::Text,      O::Activity, L::Never,         S::Coordinator},

        {K::Indicator,                   "indicators/ID",                          T::Object,    O::Indicator, L::OwnerApproved, S::Coordinator},
        {K::IndicatorName,               "indicators/ID/name/LANG",                T::TextSide,  O::Indicator, L::OwnerApproved, S::Coordinator},
        {K::IndicatorDefinition,         "indicators/ID/definition/LANG",          T::TextSide,  O::Indicator, L::OwnerApproved, S::Coordinator},
        {K::IndicatorSource,             "indicators/ID/source/LANG",              T::TextSide,  O::Indicator, L::OwnerApproved, S::Coordinator},
        {K::IndicatorUnit,               "indicators/ID/unit",                     T::Choice,    O::Indicator, L::OwnerApproved, S::Coordinator, &Vocabulary::units},
        {K::IndicatorDirection,          "indicators/ID/direction",                T::Choice,    O::Indicator, L::OwnerApproved, S::Coordinator, &Vocabulary::directions},
        {K::IndicatorObjective,          "indicators/ID/objective",                T::Integer,   O::Indicator, L::OwnerApproved, S::Coordinator},
        {K::IndicatorResponsible,        "indicators/ID/responsible",              T::EntityIds, O::Indicator, L::OwnerApproved, S::Coordinator},
        {K::IndicatorBaseline,           "indicators/ID/baseline",                 T::Object,    O::Indicator, L::OwnerApproved, S::Coordinator},
        {K::IndicatorBaselineValue,      "indicators/ID/baseline/value",           T::Number,    O::Indicator, L::OwnerApproved, S::Coordinator},
        {K::IndicatorBaselinePeriod,     "indicators/ID/baseline/period",          T::Text,      O::Indicator, L::OwnerApproved, S::Coordinator},
        {K::IndicatorTarget,             "indicators/ID/targets/YEAR",             T::Number,    O::Indicator, L::OwnerApproved, S::Coordinator},
        {K::IndicatorActual,             "indicators/ID/actuals/YEAR",             T::Number,    O::Indicator, L::OwnerApproved, S::Assigned},
        {K::IndicatorBreakdownYear,      "indicators/ID/disaggregation/YEAR",      T::Object,    O::Indicator, L::OwnerApproved, S::Assigned},
        {K::IndicatorBreakdownDimension, "indicators/ID/disaggregation/YEAR/DIM",  T::Object,    O::Indicator, L::OwnerApproved, S::Assigned},
        {K::IndicatorBreakdownCategory,  "indicators/ID/disaggregation/YEAR/DIM/CAT", T::Number, O::Indicator, L::OwnerApproved, S::Assigned},
        {K::IndicatorVarianceExplanation, "indicators/ID/variance_explanation/YEAR/LANG", T::TextSide, O::Indicator, L::OwnerApproved, S::Assigned},
        {K::IndicatorKey,                "indicators/ID/key",                      T::Flag,      O::Indicator, L::OwnerApproved, S::Coordinator},
        {K::IndicatorCumulative,         "indicators/ID/cumulative",               T::Flag,      O::Indicator, L::OwnerApproved, S::Coordinator},
        {K::IndicatorSensitive,          "indicators/ID/sensitive",                T::Flag,      O::Indicator, L::OwnerApproved, S::Coordinator},
        {K::IndicatorReviewStatus,       "indicators/ID/review_status",            T::Choice,    O::Indicator, L::Never,         S::AssignedStatus, &Vocabulary::workflowStatuses},
        {K::IndicatorReviewReason,       "indicators/ID/review_reason",            T::Text,      O::Indicator, L::Never,         S::Coordinator},
        {K::IndicatorOrder,              "indicator_order",                        T::Order,     O::Report, L::Never, S::Coordinator},

        {K::GlossaryEntry,               "glossary/TERM",                          T::Object,    O::Glossary, L::Never, S::Coordinator},
        {K::GlossaryTerm,                "glossary/TERM/term/LANG",                T::TextSide,  O::Glossary, L::Never, S::Coordinator},
        {K::GlossaryDefinition,          "glossary/TERM/definition/LANG",          T::TextSide,  O::Glossary, L::Never, S::Coordinator},

        {K::BreakdownDimension,          "breakdown_labels/DIM",                   T::Object,    O::BreakdownLabels, L::UserApproved, S::Coordinator},
        {K::BreakdownDimensionLabel,     "breakdown_labels/DIM/label/LANG",        T::TextSide,  O::BreakdownLabels, L::UserApproved, S::UnsharedCode},
        {K::BreakdownCategory,           "breakdown_labels/DIM/categories/CAT",    T::Object,    O::BreakdownLabels, L::UserApproved, S::Coordinator},
        {K::BreakdownCategoryLabel,      "breakdown_labels/DIM/categories/CAT/LANG", T::TextSide, O::BreakdownLabels, L::UserApproved, S::UnsharedCode},

        {K::Comments,                    "comments",                               T::Comments,  O::Comments, L::Never, S::Anyone},
    };
    return rows;
}
// clang-format on

bool isPlaceholder(const QString& segment)
{
    static const QStringList names{QStringLiteral("ID"),  QStringLiteral("ACTIVITY"), QStringLiteral("DIM"),
                                   QStringLiteral("CAT"), QStringLiteral("TERM"),     QStringLiteral("LANG"),
                                   QStringLiteral("YEAR")};
    return names.contains(segment);
}

bool fits(const QString& placeholder, const QString& value)
{
    if (value.isEmpty()) return false;
    if (placeholder == QLatin1String("LANG")) return languageFromCode(value).has_value();
    if (placeholder == QLatin1String("YEAR")) {
        bool ok = false;
        value.toInt(&ok);
        return ok;
    }
    return true;
}

// The rows' patterns as segments, grouped by their first segment and length for matching.
struct Patterns {
    QList<QStringList> segments; // parallel to table()
    QHash<QString, QList<int>> byRoot;
};

const Patterns& patterns()
{
    static const Patterns p = [] {
        Patterns out;
        for (int i = 0; i < table().size(); ++i) {
            out.segments << QString::fromLatin1(table()[i].pattern).split(QLatin1Char('/'));
            out.byRoot[out.segments.last().first()] << i;
        }
        return out;
    }();
    return p;
}

} // namespace

const QList<FieldSpec>& FieldSchema::fields()
{
    return table();
}

// The rows are in the order of FieldKind (tests/core/model/FieldSchemaTest.cpp checks it).
const FieldSpec& FieldSchema::spec(FieldKind kind)
{
    return table()[qsizetype(kind)];
}

std::optional<FieldMatch> FieldSchema::match(const FieldPath& path)
{
    const Patterns& p = patterns();
    for (int row : p.byRoot.value(path.at(0))) {
        const QStringList& pattern = p.segments[row];
        if (pattern.size() != path.size()) continue;
        FieldMatch m{&table()[row], {}};
        bool ok = true;
        for (int i = 1; ok && i < pattern.size(); ++i) {
            if (!isPlaceholder(pattern[i]))
                ok = pattern[i] == path.at(i);
            else if ((ok = fits(pattern[i], path.at(i))))
                m.values << path.at(i);
        }
        if (ok) return m;
    }
    return std::nullopt;
}

std::optional<FieldOwner> FieldSchema::owner(const FieldPath& path)
{
    const std::optional<FieldMatch> m = match(path);
    return m ? std::optional<FieldOwner>(m->spec->owner) : std::nullopt;
}

std::optional<FieldMatch> FieldSchema::matchText(const FieldPath& path)
{
    if (auto m = match(path)) return m;
    auto side = match(path.child(languageCode(Language::En)));
    if (side && side->spec->type == FieldType::TextSide) {
        side->values.removeLast();
        return side;
    }
    return std::nullopt;
}

std::optional<FieldMatch> FieldSchema::matchWithin(const FieldPath& path)
{
    for (FieldPath p = path; !p.isEmpty(); p = p.parent())
        if (auto m = match(p)) return m;
    return std::nullopt;
}

FieldPath FieldSchema::path(FieldKind kind, const QStringList& values)
{
    QStringList out;
    qsizetype next = 0;
    for (const QString& segment : patterns().segments[qsizetype(kind)])
        out << (isPlaceholder(segment) ? values.value(next++) : segment);
    return FieldPath(out);
}

} // namespace cpc
