#include "model/BreakdownLabels.h"

#include <algorithm>

namespace cpc {

namespace {

BiText withSide(const BiText& t, Language side, const QString& text)
{
    return side == Language::En ? BiText(text, t.es()) : BiText(t.en(), text);
}

} // namespace

const BreakdownLabels::Dimension* BreakdownLabels::find(const QString& code) const
{
    const auto it =
        std::find_if(m_dims.cbegin(), m_dims.cend(), [&](const Dimension& d) { return d.code == code; });
    return it == m_dims.cend() ? nullptr : &*it;
}

BreakdownLabels::Dimension* BreakdownLabels::findMutable(const QString& code)
{
    const auto it =
        std::find_if(m_dims.begin(), m_dims.end(), [&](const Dimension& d) { return d.code == code; });
    return it == m_dims.end() ? nullptr : &*it;
}

BiText BreakdownLabels::dimension(const QString& code) const
{
    const Dimension* d = find(code);
    return d ? d->label : BiText();
}

BiText BreakdownLabels::category(const QString& dimension, const QString& code) const
{
    if (const Dimension* d = find(dimension))
        for (const Category& c : d->categories)
            if (c.code == code) return c.label;
    return BiText();
}

bool BreakdownLabels::hasCategory(const QString& dimension, const QString& code) const
{
    const Dimension* d = find(dimension);
    return d && std::any_of(d->categories.cbegin(), d->categories.cend(),
                            [&](const Category& c) { return c.code == code; });
}

void BreakdownLabels::setDimension(const QString& code, Language side, const QString& text)
{
    Dimension* d = findMutable(code);
    if (!d) {
        m_dims.append(Dimension{code, {}, {}});
        d = &m_dims.last();
    }
    d->label = withSide(d->label, side, text);
}

void BreakdownLabels::setCategory(const QString& dimension, const QString& code, Language side,
                                  const QString& text)
{
    Dimension* d = findMutable(dimension);
    if (!d) {
        m_dims.append(Dimension{dimension, {}, {}});
        d = &m_dims.last();
    }
    for (Category& c : d->categories)
        if (c.code == code) {
            c.label = withSide(c.label, side, text);
            return;
        }
    d->categories.append(Category{code, withSide(BiText(), side, text)});
}

void BreakdownLabels::putDimension(const Dimension& d)
{
    if (Dimension* old = findMutable(d.code))
        *old = d;
    else
        m_dims.append(d);
}

void BreakdownLabels::putCategory(const QString& dimension, const Category& c)
{
    Dimension* d = findMutable(dimension);
    if (!d) {
        m_dims.append(Dimension{dimension, {}, {}});
        d = &m_dims.last();
    }
    for (Category& old : d->categories)
        if (old.code == c.code) {
            old = c;
            return;
        }
    d->categories.append(c);
}

void BreakdownLabels::addMissing(const BreakdownLabels& vocabulary)
{
    for (const Dimension& d : vocabulary.m_dims) {
        Dimension* mine = findMutable(d.code);
        if (!mine) {
            m_dims.append(d);
            continue;
        }
        if (mine->label.isEmpty()) mine->label = d.label;
        for (const Category& c : d.categories)
            if (!hasCategory(d.code, c.code)) mine->categories.append(c);
    }
}

bool BreakdownLabels::removeDimension(const QString& code)
{
    return m_dims.removeIf([&](const Dimension& d) { return d.code == code; }) > 0;
}

bool BreakdownLabels::removeCategory(const QString& dimension, const QString& code)
{
    Dimension* d = findMutable(dimension);
    return d && d->categories.removeIf([&](const Category& c) { return c.code == code; }) > 0;
}

QString BreakdownLabels::codeFor(const QString& label)
{
    QString code;
    bool gap = false;
    for (const QChar ch : label.normalized(QString::NormalizationForm_D)) {
        if (ch.category() == QChar::Mark_NonSpacing) continue;
        if (ch.isLetterOrNumber()) {
            if (gap && !code.isEmpty()) code += QLatin1Char('_');
            code += ch.toLower();
            gap = false;
        } else {
            gap = true;
        }
    }
    return code.left(60);
}

QString BreakdownLabels::readable(const QString& code)
{
    QString s = code;
    s.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    s = s.simplified();
    if (!s.isEmpty()) s[0] = s[0].toUpper();
    return s;
}

} // namespace cpc
