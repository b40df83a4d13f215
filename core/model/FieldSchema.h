#pragma once

#include "model/FieldPath.h"

#include <QStringList>
#include <optional>

namespace cpc {

// Every kind of field (and object) a report has, one row each in FieldSchema::fields().
enum class FieldKind {
    ReportTemplate,
    ReportPartnership,
    ReportTitle,
    ReportYear,
    ReportPeriodStart,
    ReportPeriodEnd,
    ReportSourceLanguage,
    ReportPreparedBy,
    ReportSmallNumbersEnabled,
    ReportSmallNumbersThreshold,
    Entity,
    EntityKind,
    EntityAcronym,
    EntityName,
    Section,
    SectionTitle,
    SectionBody,
    SectionAssignedTo,
    SectionStatus,
    SectionReturnReason,
    SectionObjective,
    SectionActivity,
    SectionActivityOrder,
    SectionOrder,
    Activity,
    ActivityTitle,
    ActivityBody,
    ActivityResponsible,
    ActivityStatus,
    ActivityTraffickingTypes,
    ActivityReviewStatus,
    ActivityReviewReason,
    Indicator,
    IndicatorName,
    IndicatorDefinition,
    IndicatorSource,
    IndicatorUnit,
    IndicatorDirection,
    IndicatorObjective,
    IndicatorResponsible,
    IndicatorBaseline,
    IndicatorBaselineValue,
    IndicatorBaselinePeriod,
    IndicatorTarget,
    IndicatorActual,
    IndicatorBreakdownYear,
    IndicatorBreakdownDimension,
    IndicatorBreakdownCategory,
    IndicatorVarianceExplanation,
    IndicatorKey,
    IndicatorCumulative,
    IndicatorSensitive,
    IndicatorReviewStatus,
    IndicatorReviewReason,
    IndicatorOrder,
    GlossaryEntry,
    GlossaryTerm,
    GlossaryDefinition,
    BreakdownDimension,
    BreakdownDimensionLabel,
    BreakdownCategory,
    BreakdownCategoryLabel,
    Comments,
};

// The form of a field's value in a change (its cpcreport-json/1 form).
enum class FieldType {
    Object,   // a whole object: its JSON creates it, null removes it
    TextSide, // one side (LANG) of a bilingual text: a string, null clears it
    Text,     // a plain string
    Integer,
    Number,    // a figure: a number, null clears it
    Date,      // YYYY-MM-DD
    Flag,      // true or false
    Choice,    // one word of the field's vocabulary
    Choices,   // a list of words of the field's vocabulary
    EntityIds, // a list of entity ids of the report
    Order,     // the ids of a list in their new order
    Comments,  // the whole list of comments
};

// The part of the report a field belongs to: the object whose approval locks it and whose assignment
// lets a partner write it.
enum class FieldOwner { Report, Entity, Section, Activity, Indicator, Glossary, BreakdownLabels, Comments };

// When approved content locks the field.
enum class FieldLock {
    Never, // the report's own fields, entities, glossary, comments, and the workflow fields that reopen
    OwnerApproved, // while its owner (section, activity or indicator) is approved
    UserApproved,  // a breakdown label: while an approved indicator prints the code
};

// Who may write the field in a partner's contribution (merge/ContributionScope).
enum class FieldScope {
    Coordinator,    // only the coordinator
    Assigned,       // the entity its owner is assigned to (a section's assigned_to, an activity's or
                    // indicator's responsible)
    AssignedStatus, // the same, and only with a contributor's status (not_started, drafting, submitted)
    UnsharedCode,   // a breakdown label: the entity, when no indicator outside its parts prints the code
    Anyone,         // comments: added or resolved, checked one by one
};

// One row of the schema. In a pattern, ID, ACTIVITY, DIM, CAT and TERM stand for an id, LANG for en or es,
// YEAR for a reporting year; the other segments are literal.
struct FieldSpec {
    FieldKind kind;
    const char* pattern;
    FieldType type;
    FieldOwner owner;
    FieldLock lock;
    FieldScope scope;
    const QStringList& (*vocabulary)() = nullptr; // the closed list of words, where there is one
};

// A path matched to its row, with the values of its placeholders in pattern order.
struct FieldMatch {
    const FieldSpec* spec = nullptr;
    QStringList values;

    FieldKind kind() const { return spec->kind; }
    QString id() const { return values.value(0); } // the owner's id (a glossary term, a dimension code)
};

// The typed schema of a report's fields: names (paths), value types, vocabularies, lock and scope rules.
// The edit API, the change-document reader, the merge planner, the contribution scope and the window's
// labels derive from it. To add a kind of field: a FieldKind, a row here, a constructor in Paths, and
// its case in the appliers (edit/) that the compiler's switch warnings point to.
class FieldSchema {
public:
    static const QList<FieldSpec>& fields();
    static const FieldSpec& spec(FieldKind kind);
    // The row a path names, or nothing when it names no field of a report.
    static std::optional<FieldMatch> match(const FieldPath& path);
    // The part of the report the field at `path` belongs to (listeners filter changes by it), or nothing.
    static std::optional<FieldOwner> owner(const FieldPath& path);
    // The row of the sides of the whole bilingual text a path names without its LANG
    // (sections/ID/body: SectionBody), or of the path itself when it names a field.
    static std::optional<FieldMatch> matchText(const FieldPath& path);
    // The row of the path or, failing that, of its longest prefix that names one: the field or object a
    // path lies in (sections/ID/body, a whole text, lies in sections/ID).
    static std::optional<FieldMatch> matchWithin(const FieldPath& path);
    // The path of `kind` with its placeholders filled in order.
    static FieldPath path(FieldKind kind, const QStringList& values);
};

} // namespace cpc
