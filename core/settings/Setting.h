#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace cpc {

// One typed user setting, declared where it is used: the key and its default live together, so a
// misspelt key or a wrong type cannot creep in at a second call site.
//   inline const Setting<QString> kUserName{"user/name", QString()};
template <typename T> class Setting {
public:
    Setting(const char* key, T fallback) : m_key(QString::fromLatin1(key)), m_default(std::move(fallback)) {}

    T value() const
    {
        const QVariant v = QSettings().value(m_key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void set(const T& v) const { QSettings().setValue(m_key, QVariant::fromValue(v)); }
    void reset() const { QSettings().remove(m_key); }
    bool isSet() const { return QSettings().contains(m_key); }
    const QString& key() const { return m_key; }
    const T& defaultValue() const { return m_default; }

private:
    QString m_key;
    T m_default;
};

} // namespace cpc
