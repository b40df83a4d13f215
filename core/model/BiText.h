#pragma once

#include "model/Language.h"

#include <QString>

namespace cpc {

enum class TranslationState { Missing, Current, Stale };

// A human text in both languages, with what is needed to tell whether each side is current.
//
// Every write takes a revision number from the report's edit counter. A side records the revision of its
// last write (rev) and the revision of the other side it was last written or confirmed against (basis).
// A side is stale when the other side has changed since that basis. Either side may be the one that
// changed (coordinators correct the English as often as the Spanish); catching a stale side up never makes
// the other one stale, so the two sides never ping-pong.
class BiText {
public:
    BiText() = default;
    BiText(QString en, QString es) : m_en(std::move(en)), m_es(std::move(es)) {}

    const QString& en() const { return m_en; }
    const QString& es() const { return m_es; }
    const QString& text(Language l) const { return l == Language::En ? m_en : m_es; }
    bool isEmpty() const { return m_en.isEmpty() && m_es.isEmpty(); }

    TranslationState state(Language l) const;
    bool isStale(Language l) const { return state(l) == TranslationState::Stale; }

    // Sets one side as a user edit at revision `rev`. Writing a side that was missing or stale brings the
    // pair back in step; changing a side while both agreed makes the other side stale.
    void write(Language l, const QString& text, qint64 rev);
    // Declares side `l` a faithful translation of the other side as it is now.
    void confirm(Language l, qint64 rev);
    // Marks side `l` stale as if the other side had changed after it (used when reading a document that
    // says so).
    void markStale(Language l);

    // Revision bookkeeping, for storage only.
    qint64 rev(Language l) const { return l == Language::En ? m_enRev : m_esRev; }
    qint64 basis(Language l) const { return l == Language::En ? m_enBasis : m_esBasis; }
    void setBookkeeping(qint64 enRev, qint64 esRev, qint64 enBasis, qint64 esBasis);

    // Last year's text, kept beside the narrative when a report is carried forward.
    const QString& previous(Language l) const { return l == Language::En ? m_prevEn : m_prevEs; }
    void setPrevious(const QString& en, const QString& es)
    {
        m_prevEn = en;
        m_prevEs = es;
    }
    bool hasPrevious() const { return !m_prevEn.isEmpty() || !m_prevEs.isEmpty(); }

    // Same words on both sides (bookkeeping not compared).
    bool sameText(const BiText& o) const { return m_en == o.m_en && m_es == o.m_es; }
    bool operator==(const BiText& o) const = default;

private:
    QString m_en, m_es;
    qint64 m_enRev = 0, m_esRev = 0;
    qint64 m_enBasis = 0, m_esBasis = 0;
    QString m_prevEn, m_prevEs;
};

} // namespace cpc
