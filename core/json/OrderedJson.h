#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <utility>

namespace cpc {

// A JSON value whose objects keep their members in the order they were added. QJsonObject sorts its
// keys, which would scramble both the field order of the specification and data keys in the author's
// order (disaggregation categories) or in numeric order (years "2" before "10").
class OrderedJson {
public:
    enum class Type { Null, Bool, Number, String, Array, Object };
    using Member = std::pair<QString, OrderedJson>;

    OrderedJson() = default;
    OrderedJson(std::nullptr_t) {}
    OrderedJson(bool b) : m_type(Type::Bool), m_number(b ? 1 : 0) {}
    OrderedJson(int n) : m_type(Type::Number), m_number(n) {}
    OrderedJson(double n) : m_type(Type::Number), m_number(n) {}
    OrderedJson(QString s) : m_type(Type::String), m_string(std::move(s)) {}
    OrderedJson(const char*) = delete; // say QStringLiteral: keeps every literal's encoding explicit

    static OrderedJson object() { return OrderedJson(Type::Object); }
    static OrderedJson array() { return OrderedJson(Type::Array); }

    // Appends a member (objects) or an element (arrays); returns *this for chaining.
    OrderedJson& insert(const QString& key, OrderedJson value);
    OrderedJson& append(OrderedJson value);

    // Qt JSON as an ordered value (object members then come in Qt's sorted order).
    static OrderedJson fromQJson(const QJsonValue& v);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isObject() const { return m_type == Type::Object; }
    bool isArray() const { return m_type == Type::Array; }
    bool isString() const { return m_type == Type::String; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isBool() const { return m_type == Type::Bool; }
    // The member named `key` of an object, or nullptr.
    const OrderedJson* find(QStringView key) const;
    const OrderedJson* find(QLatin1StringView key) const;
    bool toBool() const { return m_number != 0; }
    double toDouble() const { return m_number; }
    const QString& toString() const { return m_string; }
    const QList<OrderedJson>& elements() const { return m_elements; }
    const QList<Member>& members() const { return m_members; }
    bool isEmpty() const { return m_elements.isEmpty() && m_members.isEmpty(); }
    // An object of the members but `key`, in their order (an empty object when this is not an object).
    OrderedJson without(QLatin1StringView key) const;

    // The same value as Qt JSON (objects then sort their keys).
    QJsonValue toQJson() const;

private:
    explicit OrderedJson(Type t) : m_type(t) {}

    Type m_type = Type::Null;
    double m_number = 0;
    QString m_string;
    QList<OrderedJson> m_elements;
    QList<Member> m_members;
};

} // namespace cpc
