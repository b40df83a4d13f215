#pragma once

#include "json/OrderedJson.h"
#include <QByteArray>

namespace cpc {

// Writes JSON text the way people and diff tools read it best: two-space indentation, members in their
// given order, UTF-8 left unescaped (Spanish accents stay readable), whole numbers without a decimal
// point and other numbers in the shortest form that reads back to the same double.
class JsonTextWriter {
public:
    static QByteArray write(const OrderedJson& value);
    // One number as it is written (exposed for tests).
    static QByteArray number(double value);

private:
    void value(const OrderedJson& v, int depth);
    void string(const QString& s);
    void newline(int depth);

    QByteArray m_out;
};

} // namespace cpc
