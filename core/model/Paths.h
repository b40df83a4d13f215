#pragma once

#include "model/FieldSchema.h"
#include "model/Language.h"

namespace cpc {

// Typed constructors of field paths, built from the schema's patterns (model/FieldSchema), so that no
// file spells "sections/…/body/es" itself: Paths::sectionBody(id, Language::Es).
class Paths {
public:
    static FieldPath of(FieldKind kind, const QStringList& values = {})
    {
        return FieldSchema::path(kind, values);
    }

    // A whole bilingual text: the path of a text-side field of `kind` without its LANG ("sections/ID/body").
    static FieldPath text(FieldKind kind, QStringList values = {})
    {
        return of(kind, values << QString()).parent();
    }
    // The list objects of `kind` are kept in, without an id ("indicators" for FieldKind::Indicator).
    static FieldPath list(FieldKind kind) { return of(kind, {QString()}).parent(); }
    // The object a matched field belongs to (sections/ID for a section's body): the one whose approval
    // locks it. Empty for the report's own fields and the comments, which belong to no object.
    static FieldPath ownerOf(const FieldMatch& m);

    static FieldPath report() { return of(FieldKind::ReportYear).parent(); }

    static FieldPath reportTitle(Language l) { return of(FieldKind::ReportTitle, {languageCode(l)}); }
    static FieldPath reportPartnership(Language l)
    {
        return of(FieldKind::ReportPartnership, {languageCode(l)});
    }
    static FieldPath reportSmallNumbersEnabled() { return of(FieldKind::ReportSmallNumbersEnabled); }
    static FieldPath reportSmallNumbersThreshold() { return of(FieldKind::ReportSmallNumbersThreshold); }
    static FieldPath entity(const QString& id) { return of(FieldKind::Entity, {id}); }

    static FieldPath section(const QString& id) { return of(FieldKind::Section, {id}); }
    static FieldPath sectionTitle(const QString& id, Language l)
    {
        return of(FieldKind::SectionTitle, {id, languageCode(l)});
    }
    static FieldPath sectionBody(const QString& id, Language l)
    {
        return of(FieldKind::SectionBody, {id, languageCode(l)});
    }
    static FieldPath sectionStatus(const QString& id) { return of(FieldKind::SectionStatus, {id}); }
    static FieldPath sectionReturnReason(const QString& id)
    {
        return of(FieldKind::SectionReturnReason, {id});
    }
    static FieldPath sectionAssignedTo(const QString& id) { return of(FieldKind::SectionAssignedTo, {id}); }
    static FieldPath sectionActivity(const QString& sectionId, const QString& activityId)
    {
        return of(FieldKind::SectionActivity, {sectionId, activityId});
    }
    static FieldPath activityOrder(const QString& sectionId)
    {
        return of(FieldKind::SectionActivityOrder, {sectionId});
    }

    static FieldPath activity(const QString& id) { return of(FieldKind::Activity, {id}); }
    static FieldPath activityTitle(const QString& id, Language l)
    {
        return of(FieldKind::ActivityTitle, {id, languageCode(l)});
    }
    static FieldPath activityBody(const QString& id, Language l)
    {
        return of(FieldKind::ActivityBody, {id, languageCode(l)});
    }
    static FieldPath activityStatus(const QString& id) { return of(FieldKind::ActivityStatus, {id}); }
    static FieldPath activityResponsible(const QString& id)
    {
        return of(FieldKind::ActivityResponsible, {id});
    }
    static FieldPath activityReviewStatus(const QString& id)
    {
        return of(FieldKind::ActivityReviewStatus, {id});
    }
    static FieldPath activityReviewReason(const QString& id)
    {
        return of(FieldKind::ActivityReviewReason, {id});
    }

    static FieldPath indicator(const QString& id) { return of(FieldKind::Indicator, {id}); }
    static FieldPath indicatorName(const QString& id, Language l)
    {
        return of(FieldKind::IndicatorName, {id, languageCode(l)});
    }
    static FieldPath indicatorResponsible(const QString& id)
    {
        return of(FieldKind::IndicatorResponsible, {id});
    }
    static FieldPath indicatorBaseline(const QString& id) { return of(FieldKind::IndicatorBaseline, {id}); }
    static FieldPath indicatorBaselineValue(const QString& id)
    {
        return of(FieldKind::IndicatorBaselineValue, {id});
    }
    static FieldPath indicatorBaselinePeriod(const QString& id)
    {
        return of(FieldKind::IndicatorBaselinePeriod, {id});
    }
    static FieldPath indicatorTarget(const QString& id, int year)
    {
        return of(FieldKind::IndicatorTarget, {id, QString::number(year)});
    }
    static FieldPath indicatorActual(const QString& id, int year)
    {
        return of(FieldKind::IndicatorActual, {id, QString::number(year)});
    }
    static FieldPath indicatorBreakdown(const QString& id, int year)
    {
        return of(FieldKind::IndicatorBreakdownYear, {id, QString::number(year)});
    }
    static FieldPath indicatorBreakdownDimension(const QString& id, int year, const QString& dimension)
    {
        return of(FieldKind::IndicatorBreakdownDimension, {id, QString::number(year), dimension});
    }
    static FieldPath indicatorBreakdownCategory(const QString& id, int year, const QString& dimension,
                                                const QString& category)
    {
        return of(FieldKind::IndicatorBreakdownCategory, {id, QString::number(year), dimension, category});
    }
    static FieldPath indicatorVarianceExplanation(const QString& id, int year, Language l)
    {
        return of(FieldKind::IndicatorVarianceExplanation, {id, QString::number(year), languageCode(l)});
    }
    static FieldPath indicatorReviewStatus(const QString& id)
    {
        return of(FieldKind::IndicatorReviewStatus, {id});
    }
    static FieldPath indicatorReviewReason(const QString& id)
    {
        return of(FieldKind::IndicatorReviewReason, {id});
    }
    static FieldPath indicatorOrder() { return of(FieldKind::IndicatorOrder); }
    static FieldPath sectionOrder() { return of(FieldKind::SectionOrder); }

    static FieldPath glossaryEntry(const QString& englishTerm)
    {
        return of(FieldKind::GlossaryEntry, {englishTerm});
    }
    static FieldPath breakdownDimension(const QString& code)
    {
        return of(FieldKind::BreakdownDimension, {code});
    }
    static FieldPath breakdownDimensionLabel(const QString& code, Language l)
    {
        return of(FieldKind::BreakdownDimensionLabel, {code, languageCode(l)});
    }
    static FieldPath breakdownCategory(const QString& dimension, const QString& code)
    {
        return of(FieldKind::BreakdownCategory, {dimension, code});
    }
    static FieldPath breakdownCategoryLabel(const QString& dimension, const QString& code, Language l)
    {
        return of(FieldKind::BreakdownCategoryLabel, {dimension, code, languageCode(l)});
    }
    static FieldPath comments() { return of(FieldKind::Comments); }
};

} // namespace cpc
