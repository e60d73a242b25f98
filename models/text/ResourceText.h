#pragma once

#include <QString>

// The text of a data file shipped in the resources (UTF-8); on failure, empty with the reason in error.
QString readResourceText(const QString &path, QString *error);
