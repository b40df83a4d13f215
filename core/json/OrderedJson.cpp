#include "json/OrderedJson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cpc {

OrderedJson& OrderedJson::insert(const QString& key, OrderedJson value)
{
    Q_ASSERT(m_type == Type::Object);
    m_members.append(Member(key, std::move(value)));
    return *this;
}

OrderedJson& OrderedJson::append(OrderedJson value)
{
    Q_ASSERT(m_type == Type::Array);
    m_elements.append(std::move(value));
    return *this;
}

OrderedJson OrderedJson::fromQJson(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return OrderedJson(v.toBool());
    case QJsonValue::Double:
        return OrderedJson(v.toDouble());
    case QJsonValue::String:
        return OrderedJson(v.toString());
    case QJsonValue::Array: {
        OrderedJson a = array();
        for (const QJsonValue& e : v.toArray())
            a.append(fromQJson(e));
        return a;
    }
    case QJsonValue::Object: {
        OrderedJson o = object();
        const QJsonObject obj = v.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            o.insert(it.key(), fromQJson(it.value()));
        return o;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return OrderedJson();
}

const OrderedJson* OrderedJson::find(QStringView key) const
{
    for (const Member& m : m_members)
        if (m.first == key) return &m.second;
    return nullptr;
}

const OrderedJson* OrderedJson::find(QLatin1StringView key) const
{
    for (const Member& m : m_members)
        if (m.first == key) return &m.second;
    return nullptr;
}

OrderedJson OrderedJson::without(QLatin1StringView key) const
{
    OrderedJson o = object();
    for (const Member& m : m_members)
        if (m.first != key) o.insert(m.first, m.second);
    return o;
}

QJsonValue OrderedJson::toQJson() const
{
    switch (m_type) {
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return QJsonValue(toBool());
    case Type::Number:
        return QJsonValue(m_number);
    case Type::String:
        return QJsonValue(m_string);
    case Type::Array: {
        QJsonArray a;
        for (const OrderedJson& e : m_elements)
            a.append(e.toQJson());
        return a;
    }
    case Type::Object: {
        QJsonObject o;
        for (const Member& m : m_members)
            o.insert(m.first, m.second.toQJson());
        return o;
    }
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace cpc
