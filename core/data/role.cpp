// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/role.h"

#include <QHash>

namespace Segmenta::Roles {

namespace {

struct RoleInfo
{
    Role role;
    const char *name;
    bool customers;
    bool transactions;
    // Header spellings, compared after lower-casing and dropping spaces, '_', '-' and '.'.
    const char *aliases;
};

// Aliases are '|' separated; UTF-8 source (Chinese in the file as it would appear in exports).
// A table, one entry per role: long by nature, and easiest to extend kept in one place.
const RoleInfo kRoles[] = {
    {Role::Customer, "customer", true, true,
     "customer|customerid|customerno|customernumber|customercode|custid|clientid|memberid|"
     "memberno|userid|buyerid|accountid|id|客户|客户编号|客户id|客户号|客户代码|会员号|会员编号|"
     "会员id|会员卡号|用户id|用户编号|客戶|客戶編號|客戶id|客戶號|會員號|會員編號|顾客编号|顧客編號"},
    {Role::Order, "order", false, true,
     "order|orderid|orderno|ordernumber|invoice|invoiceno|invoiceid|invoicenumber|transactionid|"
     "receipt|receiptno|订单|订单号|订单编号|订单id|单号|發票號|订單號|訂單|訂單號|訂單編號|小票号|交易编号"},
    {Role::Date, "date", false, true,
     "date|orderdate|invoicedate|purchasedate|transactiondate|saledate|orderdatetime|time|"
     "datetime|日期|订单日期|下单日期|购买日期|交易日期|消费日期|销售日期|訂單日期|購買日期|交易時間|"
     "交易时间|下单时间|消費日期"},
    {Role::Amount, "amount", false, true,
     "amount|revenue|sales|total|value|spend|dollars|dollarvalue|price|orderamount|ordervalue|"
     "totalamount|netamount|金额|销售额|消费金额|订单金额|实付金额|交易金额|总金额|金額|銷售額|"
     "消費金額|訂單金額|營業額|营业额"},
    {Role::Quantity, "quantity", false, true,
     "quantity|qty|units|count|numberofcds|cds|数量|件数|購買數量|数量件|數量"},
    {Role::UnitPrice, "unit_price", false, true,
     "unitprice|priceeach|itemprice|单价|單價|销售单价"},
    {Role::Product, "product", false, true,
     "product|productid|productname|item|itemid|sku|stockcode|description|商品|产品|商品名称|"
     "产品名称|商品编号|產品|商品名稱|產品名稱"},
    {Role::Category, "category", false, true,
     "category|productcategory|type|producttype|品类|类别|商品类别|产品类别|類別|品類|產品類別"},
    {Role::Margin, "margin", false, true,
     "margin|grossmargin|profit|marginrate|毛利|毛利率|利润|利潤|毛利額|毛利额"},
    {Role::Channel, "channel", false, true,
     "channel|saleschannel|source|渠道|销售渠道|通路|銷售渠道"},
    {Role::Name, "name", true, false,
     "name|customername|fullname|clientname|membername|姓名|客户名称|客户姓名|名称|客戶名稱|"
     "客戶姓名|会员姓名|會員姓名"},
    {Role::Phone, "phone", true, false,
     "phone|phonenumber|mobile|mobilephone|tel|telephone|cell|电话|手机|手机号|联系电话|電話|手機|"
     "聯絡電話|手機號碼"},
    {Role::Email, "email", true, false, "email|emailaddress|mail|邮箱|电子邮箱|電子郵件|郵箱"},
    {Role::Region, "region", true, false,
     "region|country|area|province|state|territory|地区|区域|省份|国家|地區|區域|國家|省"},
    {Role::City, "city", true, false, "city|town|城市|市|縣市"},
    {Role::CustomerType, "customer_type", true, false,
     "customertype|clienttype|segmenttype|accounttype|客户类型|客戶類型|客户类别|客戶類別"},
    {Role::Gender, "gender", true, false, "gender|sex|性别|性別"},
    {Role::Age, "age", true, false, "age|年龄|年齡"},
    {Role::BirthDate, "birth_date", true, false,
     "birthdate|dateofbirth|dob|birthday|出生日期|生日"},
    {Role::Income, "income", true, false,
     "income|annualincome|salary|收入|年收入|月收入|個人收入"},
    {Role::Assets, "assets", true, false, "assets|totalassets|wealth|资产|資產|总资产|總資產"},
    {Role::Credit, "credit", true, false,
     "credit|creditscore|creditrating|信用|信用分|信用等级|信用評分"},
    {Role::SignupDate, "signup_date", true, false,
     "signupdate|registrationdate|joindate|joined|createdat|since|memberssince|注册日期|"
     "注册时间|入会日期|註冊日期|入會日期|开户日期|開戶日期"},
    {Role::CostToServe, "cost_to_serve", true, false,
     "costtoserve|servicecost|annualcost|cost|服务成本|服務成本|年服务成本|维护成本|維護成本"},
};

QString normalise(const QString &header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar c : header) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.' || c == u'#' || c == u'(' || c == u')')
            continue;
        out.append(c.toLower());
    }
    return out;
}

const RoleInfo *info(Role role)
{
    for (const RoleInfo &r : kRoles)
        if (r.role == role)
            return &r;
    return nullptr;
}

} // namespace

QString name(Role role)
{
    const RoleInfo *r = info(role);
    return r ? QString::fromLatin1(r->name) : QString();
}

Role fromName(const QString &name)
{
    for (const RoleInfo &r : kRoles)
        if (name.compare(QLatin1String(r.name), Qt::CaseInsensitive) == 0)
            return r.role;
    return Role::None;
}

bool belongsTo(Role role, TableKind table)
{
    const RoleInfo *r = info(role);
    return r && (table == TableKind::Customers ? r->customers : r->transactions);
}

QList<Role> rolesOf(TableKind table)
{
    QList<Role> out;
    for (const RoleInfo &r : kRoles)
        if (belongsTo(r.role, table))
            out.append(r.role);
    return out;
}

bool isRequired(Role role, TableKind table)
{
    if (role == Role::Customer)
        return true;
    return table == TableKind::Transactions && (role == Role::Date || role == Role::Amount);
}

Role detect(const QString &header, TableKind table)
{
    const QString key = normalise(header);
    if (key.isEmpty())
        return Role::None;
    for (const RoleInfo &r : kRoles) {
        if (!belongsTo(r.role, table))
            continue;
        const QStringList aliases = QString::fromUtf8(r.aliases).split(u'|');
        if (aliases.contains(key))
            return r.role;
    }
    return Role::None;
}

} // namespace Segmenta::Roles
