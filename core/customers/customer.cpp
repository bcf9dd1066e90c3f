// SPDX-FileCopyrightText: 2026 HallDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customers/customer.h"

#include "core/common/idnumber.h"
#include "core/common/mobilenumber.h"

QString Customer::maskedIdNumber() const
{
    return IdNumber::mask(idNumber);
}

QString Customer::maskedPhone() const
{
    return MobileNumber::mask(phone);
}
