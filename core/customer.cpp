#include "customer.h"

#include "idnumber.h"
#include "mobilenumber.h"

QString Customer::maskedIdNumber() const
{
    return IdNumber::mask(idNumber);
}

QString Customer::maskedPhone() const
{
    return MobileNumber::mask(phone);
}
