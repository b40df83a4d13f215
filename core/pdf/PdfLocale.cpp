#include "pdf/PdfLocale.h"

#include "pdf/NumberFormat.h"

#include <QDate>
#include <QHash>

namespace cpc {

namespace {

struct Pair {
    const char* en;
    const char* es;
};

const QHash<QByteArray, Pair>& table()
{
    static const QHash<QByteArray, Pair> t = {
        {"contents", {"Contents", "Contenido"}},
        {"page_of", {"Page %1 of %2", "Página %1 de %2"}},
        {"reporting_year", {"Reporting year %1", "Año de reporte %1"}},
        {"period", {"Period: %1 to %2", "Periodo: del %1 al %2"}},
        {"prepared_by", {"Prepared by: %1", "Elaborado por: %1"}},
        {"date", {"Date: %1", "Fecha: %1"}},
        {"translation_pending", {"Translation pending", "Traducción pendiente"}},
        {"translation_outdated",
         {"Translation pending: this text has not been updated since the Spanish version changed",
          "Traducción pendiente: este texto no se ha actualizado desde que cambió la versión en inglés"}},
        {"shown_original", {"Shown in the original language:", "Se muestra en el idioma original:"}},
        {"not_written", {"Not written yet.", "Aún sin redactar."}},
        {"responsible", {"Responsible", "Responsables"}},
        {"status", {"Status", "Estado"}},
        {"trafficking_types", {"Forms of trafficking", "Formas de trata"}},
        {"objective_n", {"Objective %1", "Objetivo %1"}},
        {"indicator", {"Indicator", "Indicador"}},
        {"unit", {"Unit", "Unidad"}},
        {"baseline", {"Baseline", "Línea base"}},
        {"target", {"Target", "Meta"}},
        {"actual", {"Actual", "Logro"}},
        {"pct_target", {"% of target", "% de la meta"}},
        {"explanation", {"Explanation", "Explicación"}},
        {"year_n", {"Year %1", "Año %1"}},
        {"chart_title", {"Target and actual by year", "Meta y logro por año"}},
        {"disaggregation", {"Disaggregation, year %1", "Desagregación, año %1"}},
        {"category", {"Category", "Categoría"}},
        {"value", {"Value", "Valor"}},
        {"tracking_table", {"Indicator tracking table", "Tabla de seguimiento de indicadores"}},
        {"indicator_details", {"Indicator details", "Detalle de los indicadores"}},
        {"no_indicators", {"No indicators for this objective.", "No hay indicadores para este objetivo."}},
        {"annex_glossary", {"Annex A: Glossary", "Anexo A: Glosario"}},
        {"annex_entities", {"Annex B: Entities and acronyms", "Anexo B: Entidades y siglas"}},
        {"term", {"Term", "Término"}},
        {"definition", {"Definition", "Definición"}},
        {"acronym", {"Acronym", "Sigla"}},
        {"name", {"Name", "Nombre"}},
        {"kind", {"Type", "Tipo"}},
        {"none", {"None.", "Ninguno."}},
        {"other_indicators", {"Other indicators", "Otros indicadores"}},
        {"status.planned", {"Planned", "Planeada"}},
        {"status.in_progress", {"In progress", "En ejecución"}},
        {"status.completed", {"Completed", "Completada"}},
        {"status.delayed", {"Delayed", "Retrasada"}},
        {"status.cancelled", {"Cancelled", "Cancelada"}},
        {"status.", {"Not set", "Sin definir"}},
        {"progress.achieved", {"Achieved", "Lograda"}},
        {"progress.on_track", {"On track", "En curso"}},
        {"progress.off_track", {"Off track", "Rezagada"}},
        {"progress.not_reported", {"Not reported", "Sin reporte"}},
        {"progress.no_target", {"No target", "Sin meta"}},
        {"type.tourism",
         {"Sex trafficking in the context of tourism",
          "Trata con fines de explotación sexual en el contexto del turismo"}},
        {"type.online",
         {"Livestreamed online sexual exploitation", "Explotación sexual en línea transmitida en vivo"}},
        {"type.begging", {"Forced begging", "Mendicidad forzada"}},
        {"type.recruitment",
         {"Forced recruitment into illegal armed groups",
          "Reclutamiento forzado por grupos armados ilegales"}},
        {"unit.count", {"Number", "Número"}},
        {"unit.percent", {"Percent", "Porcentaje"}},
        {"unit.currency_usd", {"US dollars", "Dólares (USD)"}},
        {"unit.currency_cop", {"Colombian pesos", "Pesos colombianos"}},
        {"unit.index", {"Index", "Índice"}},
        {"unit.currency_usd.millions", {"US$ million", "Millones de US$"}},
        {"unit.currency_cop.millions", {"COP million", "Millones de COP"}},
        {"numbers_note.",
         {"Figures in the shared tables and charts: digits in groups of three, separated by a thin space "
          "from "
          "five digits (10\u202F000); decimal point (108.7).",
          "Cifras de las tablas y gráficos compartidos: dígitos en grupos de tres, separados por un espacio "
          "fino "
          "a partir de cinco cifras (10\u202F000); punto decimal (108.7)."}},
        {"numbers_note,",
         {"Figures in the shared tables and charts: digits in groups of three, separated by a thin space "
          "from "
          "five digits (10\u202F000); decimal comma (108,7).",
          "Cifras de las tablas y gráficos compartidos: dígitos en grupos de tres, separados por un espacio "
          "fino "
          "a partir de cinco cifras (10\u202F000); coma decimal (108,7)."}},
        {"kind.government", {"Government", "Gobierno"}},
        {"kind.implementing_partner", {"Implementing partner", "Socio implementador"}},
        {"kind.other", {"Other", "Otro"}},
        {"english", {"English", "Inglés"}},
        {"spanish", {"Spanish", "Español"}},
        {"draft", {"DRAFT", "BORRADOR"}},
        {"final_pending",
         {"Printed as final although the readiness check still reports %1 error(s):",
          "Impreso como final aunque la revisión aún señala %1 error(es):"}},
        {"and_more", {"…and %1 more.", "…y %1 más."}},
    };
    return t;
}

} // namespace

PdfLocale::PdfLocale(Language language)
    : m_language(language),
      m_locale(language == Language::En ? QLocale(QLocale::English, QLocale::UnitedStates)
                                        : QLocale(QLocale::Spanish, QLocale::Colombia))
{
}

QString PdfLocale::number(double v) const
{
    return NumberFormat::of(m_language).number(v);
}

QString PdfLocale::percent(double v) const
{
    return NumberFormat::of(m_language).percent(v);
}

QString PdfLocale::value(double v, Unit unit) const
{
    return NumberFormat::of(m_language).value(v, unit);
}

QString PdfLocale::date(const QString& iso) const
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    if (!d.isValid()) return iso;
    return m_language == Language::En ? m_locale.toString(d, QStringLiteral("MMMM d, yyyy"))
                                      : m_locale.toString(d, QStringLiteral("d 'de' MMMM 'de' yyyy"));
}

QString PdfLocale::today() const
{
    return date(QDate::currentDate().toString(Qt::ISODate));
}

QString PdfLocale::text(const char* key) const
{
    const auto it = table().constFind(QByteArray(key));
    if (it == table().constEnd()) return QString::fromUtf8(key);
    return QString::fromUtf8(m_language == Language::En ? it->en : it->es);
}

QString PdfLocale::both(const char* key)
{
    const QString en = PdfLocale(Language::En).text(key);
    const QString es = PdfLocale(Language::Es).text(key);
    return en == es ? en : en + QStringLiteral(" / ") + es;
}

} // namespace cpc
