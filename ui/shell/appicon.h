#pragma once

#include <QIcon>

// The application's icon, drawn in code so it needs no resource file: a service-counter
// badge in the halls' blue with "办" on it.
class AppIcon
{
public:
    static QIcon icon();
};
