<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Error</name>
    <message>
        <source>The event log is broken at event %1. Do not change anything; keep this computer as it is and call your IT contact.</source>
        <translation>事件日志在第 %1 号事件处断裂。请不要做任何改动，保持这台电脑原样，并联系您的 IT 负责人。</translation>
    </message>
    <message>
        <source>The backup file %1 already exists. Choose a new file name; an old backup is never overwritten.</source>
        <translation>备份文件 %1 已存在。请换一个新文件名；旧备份永远不会被覆盖。</translation>
    </message>
    <message>
        <source>The folder for the backup %1 could not be created. Choose another place.</source>
        <translation>无法创建备份所在的文件夹 %1。请换一个位置。</translation>
    </message>
    <message>
        <source>The backup could not be saved as %1. Check that the folder is writable and try again.</source>
        <translation>备份无法保存为 %1。请检查该文件夹是否可写，然后重试。</translation>
    </message>
    <message>
        <source>There is no backup file %1. Check the name.</source>
        <translation>备份文件 %1 不存在。请检查文件名。</translation>
    </message>
    <message>
        <source>The backup could not be copied into the data folder. Check free disk space and permissions, then try again. Nothing was changed.</source>
        <translation>备份无法复制到数据文件夹。请检查磁盘剩余空间和权限，然后重试。没有做任何改动。</translation>
    </message>
    <message>
        <source>The backup's event log is broken at event %1, so it cannot be trusted. Use another backup. Nothing was changed.</source>
        <translation>备份中的事件日志在第 %1 号事件处断裂，不可信任。请使用其他备份。没有做任何改动。</translation>
    </message>
    <message>
        <source>The current database could not be moved aside. Close every HallDesk window and try again. Nothing was changed.</source>
        <translation>无法移开当前数据库。请关闭所有 HallDesk 窗口后重试。没有做任何改动。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged or is not a HallDesk database. Nothing was changed. Restore the latest backup with 'halldeskctl restore', or ask your IT contact.</source>
        <translation>数据库文件 %1 已损坏，或者不是 HallDesk 数据库。没有做任何改动。请用“halldeskctl restore”恢复最近的备份，或联系您的 IT 负责人。</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only, so nothing could be saved. Ask your IT contact for write access, or start with --data-dir and a writable folder. Nothing was changed.</source>
        <translation>数据文件夹 %1 是只读的，无法保存任何内容。请让 IT 负责人开通写权限，或用 --data-dir 指定一个可写的文件夹启动。没有做任何改动。</translation>
    </message>
    <message>
        <source>The data folder %1 does not exist and could not be created. Check that the disk is connected, or start with --data-dir and another folder.</source>
        <translation>数据文件夹 %1 不存在，也无法创建。请检查磁盘是否已连接，或用 --data-dir 指定其他文件夹启动。</translation>
    </message>
    <message>
        <source>The data folder %1 is on a network file system (%2), where the database cannot be kept safe. Choose a folder on this computer's own disk.</source>
        <translation>数据文件夹 %1 位于网络文件系统（%2）上，数据库在那里无法保证安全。请选择本机自带磁盘上的文件夹。</translation>
    </message>
    <message>
        <source>There is no HallDesk database at %1. Run 'halldeskctl init' first, or check --data-dir.</source>
        <translation>%1 处没有 HallDesk 数据库。请先运行“halldeskctl init”，或检查 --data-dir。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read. Ask your IT contact to check its permissions. Nothing was changed.</source>
        <translation>无法读取数据库文件 %1。请让 IT 负责人检查其权限。没有做任何改动。</translation>
    </message>
    <message>
        <source>The database file %1 failed its integrity check (%2). Nothing was changed. Restore the latest backup with 'halldeskctl restore', or ask your IT contact.</source>
        <translation>数据库文件 %1 未通过完整性检查（%2）。没有做任何改动。请用“halldeskctl restore”恢复最近的备份，或联系您的 IT 负责人。</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not of HallDesk. Nothing was changed. Check --data-dir.</source>
        <translation>文件 %1 是其他程序的 SQLite 数据库，不是 HallDesk 的。没有做任何改动。请检查 --data-dir。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of HallDesk (schema %1; this program understands up to %2). Nothing was changed. Install the newer HallDesk.</source>
        <translation>该数据库由更新版本的 HallDesk 写入（结构版本 %1；本程序最高只支持 %2）。没有做任何改动。请安装更新版本的 HallDesk。</translation>
    </message>
    <message>
        <source>The database at %1 could not be switched to write-ahead logging. Choose a data folder on this computer's own disk.</source>
        <translation>%1 处的数据库无法切换为预写日志模式。请选择本机自带磁盘上的数据文件夹。</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 (%2) failed: %3. The database was left as it was, at schema %4. Ask your IT contact.</source>
        <translation>将数据库升级到结构版本 %1（%2）失败：%3。数据库保持原样，仍为结构版本 %4。请联系您的 IT 负责人。</translation>
    </message>
    <message>
        <source>The disk is full, so this action was not saved; everything saved before it is safe. Free some disk space (or ask your IT contact), then try again.</source>
        <translation>磁盘已满，本次操作没有保存；之前保存的内容都安全。请释放一些磁盘空间（或联系 IT 负责人）后重试。</translation>
    </message>
    <message>
        <source>The database is busy with another program. Nothing was saved; wait a moment and try again.</source>
        <translation>数据库正被其他程序占用。没有保存任何内容；请稍候再试。</translation>
    </message>
    <message>
        <source>The disk reported an error (%1). Nothing was saved. Check the disk, then try again, or ask your IT contact.</source>
        <translation>磁盘报告错误（%1）。没有保存任何内容。请检查磁盘后重试，或联系您的 IT 负责人。</translation>
    </message>
    <message>
        <source>The database could not be opened (%1). Check that the data folder exists and is writable, or start with --data-dir and another folder.</source>
        <translation>无法打开数据库（%1）。请检查数据文件夹是否存在且可写，或用 --data-dir 指定其他文件夹启动。</translation>
    </message>
    <message>
        <source>The database refused the change (%1). Nothing was saved. Try again; if it happens again, ask your IT contact.</source>
        <translation>数据库拒绝了本次修改（%1）。没有保存任何内容。请重试；如果再次出现，请联系您的 IT 负责人。</translation>
    </message>
    <message>
        <source>The demo master data is missing from this build or damaged. Rebuild HallDesk.</source>
        <translation>本版本缺少或损坏了演示基础数据。请重新编译 HallDesk。</translation>
    </message>
    <message>
        <source>This build cannot generate demo history yet (the customer and case services are missing). Seed without --customers and --days.</source>
        <translation>本版本还不能生成演示历史数据（缺少客户和办件服务）。请不带 --customers 和 --days 运行。</translation>
    </message>
    <message>
        <source>Branch codes and device tags are 1 to 8 capital letters or digits (for example TZ01 and D1). Correct them.</source>
        <translation>网点代码和设备标识为 1 到 8 位大写字母或数字（例如 TZ01 和 D1）。请改正。</translation>
    </message>
    <message>
        <source>No ID number was entered. Type the 18 characters from the ID card.</source>
        <translation>没有输入证件号码。请输入身份证上的 18 位号码。</translation>
    </message>
    <message>
        <source>An ID number has only digits, with X allowed as the last character. Check it against the card and type it again.</source>
        <translation>证件号码只能是数字，最后一位可以是 X。请对照证件重新输入。</translation>
    </message>
    <message>
        <source>The ID number has %1 characters, but a resident ID number has 18 (15 on an old first-generation card). Check it against the card and type it again.</source>
        <translation>该证件号码有 %1 位，而居民身份证号码是 18 位（老式一代证为 15 位）。请对照证件重新输入。</translation>
    </message>
    <message>
        <source>The ID number begins with %1, which is not a province code. Check the first digits against the card and type them again.</source>
        <translation>证件号码以 %1 开头，这不是有效的省份代码。请对照证件核对前几位后重新输入。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is not a real date. Check the birth date digits against the card and type them again.</source>
        <translation>证件号码中的出生日期（%1）不是真实存在的日期。请对照证件核对出生日期后重新输入。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is before 1900. Check the birth date digits against the card and type them again.</source>
        <translation>证件号码中的出生日期（%1）早于 1900 年。请对照证件核对出生日期后重新输入。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is in the future. Check the birth date digits against the card and type them again.</source>
        <translation>证件号码中的出生日期（%1）在未来。请对照证件核对出生日期后重新输入。</translation>
    </message>
    <message>
        <source>The ID number's check digit does not match. Check the last character, and then every digit, against the card and type it again.</source>
        <translation>证件号码的校验位不符。请对照证件核对最后一位及每一位数字后重新输入。</translation>
    </message>
    <message>
        <source>The data folder %1 is in use by another HallDesk program (%2, process %3). Close it first, then try again.</source>
        <translation>数据文件夹 %1 正被另一个 HallDesk 程序使用（%2，进程 %3）。请先关闭它，然后重试。</translation>
    </message>
    <message>
        <source>No mobile number was entered. Type the 11 digits of the mobile number.</source>
        <translation>没有输入手机号码。请输入 11 位手机号码。</translation>
    </message>
    <message>
        <source>The mobile number "%1" contains characters other than digits. Type only the 11 digits.</source>
        <translation>手机号码“%1”中含有非数字字符。请只输入 11 位数字。</translation>
    </message>
    <message>
        <source>The mobile number has %1 digits, but a mobile number has 11. Check it with the customer and type it again.</source>
        <translation>该手机号码有 %1 位，而手机号码应为 11 位。请与客户核对后重新输入。</translation>
    </message>
    <message>
        <source>The mobile number %1 does not begin like a mainland mobile number (13 to 19). Check it with the customer and type it again.</source>
        <translation>手机号码 %1 的开头不像大陆手机号（13 至 19）。请与客户核对后重新输入。</translation>
    </message>
    <message>
        <source>The amount "%1" is above the limit of ¥10,000,000.00 for a single amount. Check the number of digits and type it again.</source>
        <translation>金额“%1”超过单笔上限 ¥10,000,000.00。请核对位数后重新输入。</translation>
    </message>
    <message>
        <source>No amount was entered. Type the amount in yuan, for example 12.50.</source>
        <translation>没有输入金额。请以元为单位输入金额，例如 12.50。</translation>
    </message>
    <message>
        <source>The amount "%1" contains characters that are not part of a number. Type only digits and a decimal point, for example 1234.50.</source>
        <translation>金额“%1”含有不属于数字的字符。请只输入数字和小数点，例如 1234.50。</translation>
    </message>
    <message>
        <source>The amount "%1" has no digits. Type the amount in yuan, for example 12.50.</source>
        <translation>金额“%1”中没有数字。请以元为单位输入金额，例如 12.50。</translation>
    </message>
    <message>
        <source>The amount "%1" has more than one decimal point. Keep only the point before the jiao and fen, for example 1234.50.</source>
        <translation>金额“%1”有不止一个小数点。只保留角、分前面的那个小数点，例如 1234.50。</translation>
    </message>
    <message>
        <source>The commas in the amount "%1" are not thousands separators. Leave the commas out, for example 1234567.50.</source>
        <translation>金额“%1”中的逗号不是千位分隔符。请去掉逗号，例如 1234567.50。</translation>
    </message>
    <message>
        <source>The amount "%1" has more than two decimals. Amounts are in yuan with at most jiao and fen; type it again, for example 12.35.</source>
        <translation>金额“%1”超过两位小数。金额以元为单位，最多精确到角和分；请重新输入，例如 12.35。</translation>
    </message>
    <message>
        <source>The amount "%1" is negative. Type the amount without a minus sign; refunds and corrections have their own actions.</source>
        <translation>金额“%1”是负数。请输入不带负号的金额；退款和更正有专门的操作。</translation>
    </message>
    <message>
        <source>%1 times %2 comes to more than ¥10,000,000.00 for one line. Check the quantity and type it again.</source>
        <translation>%1 乘以 %2 超过了单行上限 ¥10,000,000.00。请核对数量后重新输入。</translation>
    </message>
    <message>
        <source>The password must be at least 8 characters long and contain both letters and digits. Choose another one.</source>
        <translation>密码至少 8 位，且必须同时包含字母和数字。请另选一个密码。</translation>
    </message>
    <message>
        <source>The password must not contain your staff number. Choose another one.</source>
        <translation>密码中不能包含您的工号。请另选一个密码。</translation>
    </message>
    <message>
        <source>Nobody is signed in. Sign in with your staff number first.</source>
        <translation>当前没有人登录。请先用工号登录。</translation>
    </message>
    <message>
        <source>Staff %1 (%2) may not do this. Ask a staff member with the right role, such as a supervisor.</source>
        <translation>工号 %1（%2）无权进行此操作。请找具有相应角色的工作人员，例如值班长。</translation>
    </message>
    <message>
        <source>The staff number or the password is wrong. Check both and try again; after 5 failures the account is locked for 5 minutes.</source>
        <translation>工号或密码错误。请检查后重试；连续错误 5 次账号将被锁定 5 分钟。</translation>
    </message>
    <message>
        <source>There is no staff member with number %1. Check the number.</source>
        <translation>没有工号为 %1 的工作人员。请检查工号。</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask your administrator to enable it.</source>
        <translation>账号 %1 已停用。请联系管理员启用。</translation>
    </message>
    <message>
        <source>The account %1 is locked after too many wrong passwords. Try again after %2, or ask a supervisor.</source>
        <translation>账号 %1 因密码错误次数过多已被锁定。请在 %2 之后重试，或联系值班长。</translation>
    </message>
    <message>
        <source>The current password is wrong. Type it again.</source>
        <translation>当前密码错误。请重新输入。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one. Choose another one.</source>
        <translation>新密码不能与当前密码相同。请另选一个密码。</translation>
    </message>
    <message>
        <source>A staff number is 3 to 12 letters or digits (for example 1001 or TZ0102). Correct it.</source>
        <translation>工号为 3 到 12 位字母或数字（例如 1001 或 TZ0102）。请改正。</translation>
    </message>
    <message>
        <source>Enter the staff member's name (at most 40 characters).</source>
        <translation>请输入工作人员姓名（最多 40 个字）。</translation>
    </message>
    <message>
        <source>Staff number %1 is already taken. Choose another number.</source>
        <translation>工号 %1 已被占用。请另选一个工号。</translation>
    </message>
    <message>
        <source>You cannot disable your own account. Ask another administrator.</source>
        <translation>不能停用您自己的账号。请联系另一位管理员。</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Clerk</source>
        <translation>营业员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>值班长</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Partner staff</source>
        <translation>进驻人员</translation>
    </message>
</context>
</TS>