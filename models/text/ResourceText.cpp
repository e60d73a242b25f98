#include "ResourceText.h"

#include <QCoreApplication>
#include <QFile>

QString readResourceText(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("ResourceText", "cannot read %1: %2").arg(path, f.errorString());
        return QString();
    }
    return QString::fromUtf8(f.readAll());
}
