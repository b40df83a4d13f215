#include "editor/Guidance.h"

#include "common/UiLanguage.h"
#include "template/Template.h"

#include <QCoreApplication>
#include <QLocale>

namespace cpc {

namespace {

QString pick(const BiText& t)
{
    return UiLanguage::pick(t.en(), t.es());
}

} // namespace

const TemplateSection* Guidance::templateSection(const Section& s) const
{
    // A damaged or absent template only means no guidance; the report itself is not affected.
    if (!m_templ) return nullptr;
    if (const TemplateSection* byId = m_templ->section(s.id)) return byId;
    for (const TemplateSection& t : m_templ->sections)
        if (t.kind == s.kind && t.objective == s.objective) return &t;
    return nullptr;
}

QString Guidance::forSection(const Section& s) const
{
    const TemplateSection* t = templateSection(s);
    return t ? pick(t->guidance) : QString();
}

QString Guidance::forActivity() const
{
    return m_templ ? pick(m_templ->activityGuidance) : QString();
}
QString Guidance::forIndicator() const
{
    return m_templ ? pick(m_templ->indicatorGuidance) : QString();
}

QString Guidance::suggestedLength(const Section& s) const
{
    const TemplateSection* t = templateSection(s);
    const int min = t ? t->minWords : 0;
    const int max = t ? t->maxWords : 0;
    const QLocale l;
    if (min > 0 && max > 0) return Guidance::tr("%1–%2 words").arg(l.toString(min), l.toString(max));
    if (max > 0) return Guidance::tr("at most %1 words").arg(l.toString(max));
    if (min > 0) return Guidance::tr("at least %1 words").arg(l.toString(min));
    return QString();
}

} // namespace cpc
