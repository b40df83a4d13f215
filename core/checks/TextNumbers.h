#pragma once

#include <QList>
#include <QString>

namespace cpc {

// The figures written in a text, read the way either language may write them: "1,234.5" in English and
// "1.234,5" in Spanish are the same figure. A figure whose separator could be either ("1.234", "2,500")
// keeps both readings, so that comparing two texts never raises a false alarm over notation.
class TextNumbers {
public:
    struct Figure {
        int start = 0;
        int length = 0;
        QString text;
        QList<double> readings; // one or two
    };

    static QList<Figure> find(const QString& text);
    // Whether some reading of `f` equals some reading of a figure in `others`.
    static bool hasMatch(const Figure& f, const QList<Figure>& others);
    static QList<double> readings(const QString& token);
};

} // namespace cpc
