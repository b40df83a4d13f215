#include "checks/CompletenessRules.h"

#include "model/Paths.h"
#include "model/Report.h"
#include "template/Template.h"

#include <QRegularExpression>

namespace cpc {

namespace {

struct KindNames {
    QString en, es;
};

// How a section is named in a message when it has no title yet.
KindNames kindNames(const QString& kind, int objective)
{
    if (kind == QLatin1String("objective"))
        return {QStringLiteral("Objective %1").arg(objective), QStringLiteral("Objetivo %1").arg(objective)};
    if (kind == QLatin1String("recommendations"))
        return {QStringLiteral("Recommendations for further assistance"),
                QStringLiteral("Recomendaciones de asistencia adicional")};
    if (kind == QLatin1String("sustainability"))
        return {QStringLiteral("Sustainability"), QStringLiteral("Sostenibilidad")};
    if (kind == QLatin1String("areas_for_improvement"))
        return {QStringLiteral("Areas for improvement"), QStringLiteral("Aspectos por mejorar")};
    if (kind == QLatin1String("indicators"))
        return {QStringLiteral("Performance indicators"), QStringLiteral("Indicadores de desempeño")};
    return {QStringLiteral("Narrative section"), QStringLiteral("Sección narrativa")};
}

KindNames sectionNames(const Section& s)
{
    KindNames n = kindNames(s.kind, s.objective);
    if (!s.title.en().isEmpty()) n.en = s.title.en();
    if (!s.title.es().isEmpty()) n.es = s.title.es();
    return n;
}

void checkEmptyBody(const Report& r, const Section& s, Findings& out)
{
    if (!s.body.en().trimmed().isEmpty() || !s.body.es().trimmed().isEmpty()) return;
    const KindNames n = sectionNames(s);
    const FieldPath path = Paths::text(FieldKind::SectionBody, {s.id});
    if (s.isObjective()) {
        out << Finding::at(r, QStringLiteral("completeness.objective-narrative"), Severity::Error, path,
                           QStringLiteral("%1 has no narrative of progress, in either language.").arg(n.en),
                           QStringLiteral("%1 no tiene narrativa de avance en ningún idioma.").arg(n.es));
        return;
    }
    static const QStringList ruleKinds{QStringLiteral("recommendations"), QStringLiteral("sustainability"),
                                       QStringLiteral("areas_for_improvement")};
    QString rule = QStringLiteral("completeness.section-text");
    if (ruleKinds.contains(s.kind))
        rule = QStringLiteral("completeness.") + QString(s.kind).replace(u'_', u'-');
    out << Finding::at(r, rule, Severity::Error, path,
                       QStringLiteral("“%1” is empty, in both languages.").arg(n.en),
                       QStringLiteral("«%1» está vacía en ambos idiomas.").arg(n.es));
}

void checkLength(const Report& r, const Section& s, int minWords, int maxWords, Findings& out)
{
    if (minWords <= 0 && maxWords <= 0) return;
    const KindNames n = sectionNames(s);
    for (Language l : {Language::En, Language::Es}) {
        const QString& text = s.body.text(l);
        if (text.trimmed().isEmpty()) continue;
        const QString langEn = l == Language::En ? QStringLiteral("English") : QStringLiteral("Spanish");
        const QString langEs = l == Language::En ? QStringLiteral("inglés") : QStringLiteral("español");
        const int words = CompletenessRules::wordCount(text);
        const FieldPath path = Paths::sectionBody(s.id, l);
        if (minWords > 0 && words < minWords)
            out << Finding::at(
                r, QStringLiteral("completeness.length"), Severity::Warning, path,
                QStringLiteral("“%1” (%2) has %3 words; the template suggests at least %4.")
                    .arg(n.en, langEn)
                    .arg(words)
                    .arg(minWords),
                QStringLiteral("«%1» (%2) tiene %3 palabras; la plantilla sugiere al menos %4.")
                    .arg(n.es, langEs)
                    .arg(words)
                    .arg(minWords));
        else if (maxWords > 0 && words > maxWords)
            out << Finding::at(
                r, QStringLiteral("completeness.length"), Severity::Warning, path,
                QStringLiteral("“%1” (%2) has %3 words; the template suggests at most %4.")
                    .arg(n.en, langEn)
                    .arg(words)
                    .arg(maxWords),
                QStringLiteral("«%1» (%2) tiene %3 palabras; la plantilla sugiere como máximo %4.")
                    .arg(n.es, langEs)
                    .arg(words)
                    .arg(maxWords));
    }
}

void checkActivities(const Report& r, const Section& s, Findings& out)
{
    for (const Activity& a : s.activities) {
        if (a.status.trimmed().isEmpty())
            out << Finding::at(r, QStringLiteral("completeness.activity-status"), Severity::Error,
                               Paths::activityStatus(a.id),
                               QStringLiteral("Activity %1 has no status.").arg(a.id),
                               QStringLiteral("La actividad %1 no tiene estado.").arg(a.id));
        if (a.body.en().trimmed().isEmpty() && a.body.es().trimmed().isEmpty())
            out << Finding::at(
                r, QStringLiteral("completeness.activity-narrative"), Severity::Error,
                Paths::text(FieldKind::ActivityBody, {a.id}),
                QStringLiteral("Activity %1 has no narrative, in either language.").arg(a.id),
                QStringLiteral("La actividad %1 no tiene narrativa en ningún idioma.").arg(a.id));
    }
}

} // namespace

QList<CompletenessRules::Requirement> CompletenessRules::requirements(const CheckContext& context)
{
    QList<Requirement> reqs;
    if (context.templ && !context.templ->sections.isEmpty()) {
        for (const TemplateSection& ts : context.templ->sections)
            if (ts.required)
                reqs << Requirement{ts.id, ts.kind, ts.objective, ts.minWords, ts.maxWords, ts.title};
        return reqs;
    }
    // Section V.B without a template: the four objectives and the three closing parts.
    auto req = [](const QString& id, const QString& kind, int objective = 0) {
        Requirement r;
        r.id = id;
        r.kind = kind;
        r.objective = objective;
        return r;
    };
    for (int o = 1; o <= 4; ++o)
        reqs << req(QStringLiteral("objective-%1").arg(o), QStringLiteral("objective"), o);
    reqs << req(QStringLiteral("recommendations"), QStringLiteral("recommendations"))
         << req(QStringLiteral("sustainability"), QStringLiteral("sustainability"))
         << req(QStringLiteral("areas-for-improvement"), QStringLiteral("areas_for_improvement"));
    return reqs;
}

const Section* CompletenessRules::find(const Report& report, const Requirement& req)
{
    if (const Section* s = report.section(req.id); s && s->kind == req.kind) return s;
    // Parts of which a report has one (an objective, the recommendations...) are also found by kind, so
    // a renamed id still counts; free narrative sections only by id.
    if (req.kind == QLatin1String("narrative")) return nullptr;
    for (const Section& s : report.sections)
        if (s.kind == req.kind && (req.kind != QLatin1String("objective") || s.objective == req.objective))
            return &s;
    return nullptr;
}

int CompletenessRules::wordCount(const QString& text)
{
    static const QRegularExpression word(QStringLiteral(R"([\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*)"));
    int n = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

void CompletenessRules::run(const Report& report, const CheckContext& context, Findings& out)
{
    QSet<const Section*> required;
    for (const Requirement& req : requirements(context)) {
        const Section* s = find(report, req);
        if (!s) {
            KindNames n = kindNames(req.kind, req.objective);
            if (!req.title.en().isEmpty()) n.en = req.title.en();
            if (!req.title.es().isEmpty()) n.es = req.title.es();
            out << Finding::at(
                report, QStringLiteral("completeness.section-missing"), Severity::Error,
                Paths::section(req.id),
                QStringLiteral("The report has no “%1” section, which the template requires.").arg(n.en),
                QStringLiteral("El informe no tiene la sección «%1», que la plantilla exige.").arg(n.es));
            continue;
        }
        required.insert(s);
        checkEmptyBody(report, *s, out);
        checkLength(report, *s, req.minWords, req.maxWords, out);
    }
    // Objectives are reported on whether or not a template lists them, and so are their activities.
    for (const Section& s : report.sections) {
        if (s.isObjective() && !required.contains(&s)) checkEmptyBody(report, s, out);
        checkActivities(report, s, out);
    }
}

} // namespace cpc
