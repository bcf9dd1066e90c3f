<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppController</name>
    <message>
        <source>HallDesk must stop</source>
        <translation>HallDesk 必须停止运行</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation>主管审批</translation>
    </message>
    <message>
        <source>%1

This needs a supervisor&apos;s approval. The supervisor enters their own staff number and password; it is recorded with the action.</source>
        <translation>%1

此操作需要主管审批。请主管输入本人的工号和密码，审批人将与操作一并记录。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Supervisor&apos;s staff no.</source>
        <translation>主管工号</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Enter the supervisor&apos;s staff number and password.</source>
        <translation>请输入主管的工号和密码。</translation>
    </message>
</context>
<context>
    <name>CaseState</name>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Materials requested</source>
        <translation>待补正材料</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Staff no. %1: you signed in with an initial password. Choose your own password before you start work.</source>
        <translation>工号 %1：您使用的是初始密码登录。开始办理业务前，请先设置您自己的密码。</translation>
    </message>
    <message>
        <source>Staff no. %1: change your password.</source>
        <translation>工号 %1：修改您的登录密码。</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Register a customer (F2)</source>
        <translation>登记新客户 (F2)</translation>
    </message>
    <message>
        <source>ID number, mobile, customer no. or name - or read the ID card (F3)</source>
        <translation>身份证号、手机号、客户编号或姓名——或直接刷身份证 (F3)</translation>
    </message>
    <message>
        <source>Register a new customer with their ID card (F2)</source>
        <translation>凭身份证登记新客户 (F2)</translation>
    </message>
    <message>
        <source>No customer has the ID number %1. Press F2 to register them.</source>
        <translation>没有证件号码为 %1 的客户。按 F2 登记该客户。</translation>
    </message>
    <message>
        <source>No customer found for &quot;%1&quot;. Check what you typed, or press F2 to register a new customer.</source>
        <translation>未找到“%1”。请核对输入，或按 F2 登记新客户。</translation>
    </message>
    <message>
        <source>%1%2 customers found: choose with the arrow keys and Enter.</source>
        <translation>找到 %1%2 位客户：用方向键选择，按回车打开。</translation>
    </message>
    <message>
        <source>%1 is registered as customer %2.</source>
        <translation>%1 已登记，客户编号 %2。</translation>
    </message>
    <message>
        <source>The customers registered last. Type or read an ID card to search.</source>
        <translation>最近登记的客户。输入内容或刷身份证即可查询。</translation>
    </message>
    <message>
        <source>Partner staff may not open services: ask a clerk of the hall.</source>
        <translation>进驻人员不能办理开户：请由营业厅营业员办理。</translation>
    </message>
    <message>
        <source>%1 is cancelled: nothing more can be changed. Choose another service.</source>
        <translation>%1 已销号，不能再办理变更。请选择其他业务。</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>Read the ID card, or type an ID number, mobile, customer number or name into the search box (F3).

F2 registers a new customer.</source>
        <translation>刷身份证，或在查询框（F3）输入身份证号、手机号、客户编号或姓名。

按 F2 登记新客户。</translation>
    </message>
    <message>
        <source>Correct the customer&apos;s details (F4)</source>
        <translation>修改客户资料 (F4)</translation>
    </message>
    <message>
        <source>Open a service (F6)</source>
        <translation>开户/新装 (F6)</translation>
    </message>
    <message>
        <source>Open a new line or account for this customer (F6)</source>
        <translation>为该客户开通新号码或宽带账号 (F6)</translation>
    </message>
    <message>
        <source>Change the service (F7)</source>
        <translation>业务变更 (F7)</translation>
    </message>
    <message>
        <source>Plan, suspend, resume, transfer, SIM, long distance, password, cancel (F7)</source>
        <translation>套餐变更、停机、复机、过户、补换卡、长途、改密码、销号 (F7)</translation>
    </message>
    <message>
        <source>Print the form (Ctrl+P)</source>
        <translation>打印受理单 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print the selected change&apos;s form again (Ctrl+P)</source>
        <translation>补打所选业务的受理单 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Partner staff may not open services.</source>
        <translation>进驻人员不能办理开户。</translation>
    </message>
    <message>
        <source>History of the selected service</source>
        <translation>所选业务的办理记录</translation>
    </message>
    <message>
        <source>New case (F8)</source>
        <translation>新办件 (F8)</translation>
    </message>
    <message>
        <source>Register a case for this customer (F8)</source>
        <translation>为该客户登记办件 (F8)</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>在办事项</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>Elderly, %1</source>
        <translation>长者 %1 岁</translation>
    </message>
    <message>
        <source>Under contract</source>
        <translation>协议期内</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>Mobile %1</source>
        <translation>手机 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation>客户编号 %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Preferences: %1</source>
        <translation>服务偏好：%1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Open cases (%1)</source>
        <translation>在办事项（%1）</translation>
    </message>
    <message>
        <source>Edit customer (F4)</source>
        <translation>修改客户资料 (F4)</translation>
    </message>
</context>
<context>
    <name>CustomerCaseModel</name>
    <message>
        <source>Overdue since %1</source>
        <translation>已于 %1 超期</translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办结期限</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Register a customer</source>
        <translation>登记客户</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>修改客户资料</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>VIP / green channel: served first (elderly, disabled, VIP)</source>
        <translation>VIP / 绿色通道：优先办理（老年人、残疾人、VIP）</translation>
    </message>
    <message>
        <source>e.g. call after 18:00; speaks the local dialect</source>
        <translation>例如：18点后来电；讲本地方言</translation>
    </message>
    <message>
        <source>18 characters, or read the ID card with the reader</source>
        <translation>18 位号码，或用读卡器刷身份证</translation>
    </message>
    <message>
        <source>11 digits; may be left empty</source>
        <translation>11 位数字，可不填</translation>
    </message>
    <message>
        <source>%1 (type the number only to correct it)</source>
        <translation>%1（仅在需要更正时输入新号码）</translation>
    </message>
    <message>
        <source>%1 (type a number only to change it)</source>
        <translation>%1（仅在需要更改时输入新号码）</translation>
    </message>
    <message>
        <source>ID document:</source>
        <translation>证件：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Preferences:</source>
        <translation>服务偏好：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Check the ID card in person (real-name registration). Reading the card fills the ID number.</source>
        <translation>请当面核验身份证原件（实名登记）。刷身份证即可自动填入证件号码。</translation>
    </message>
    <message>
        <source>Born %1, %2</source>
        <translation>出生日期 %1，%2</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Already registered: %1 (customer %2). Do not register again.</source>
        <translation>该证件已登记：%1（客户编号 %2）。请勿重复登记。</translation>
    </message>
    <message>
        <source>Open the other customer</source>
        <translation>打开另一位客户</translation>
    </message>
    <message>
        <source>Open %1 instead</source>
        <translation>改为打开 %1</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>%1, customer %2, green channel</source>
        <translation>%1，客户编号 %2，绿色通道</translation>
    </message>
    <message>
        <source>%1, customer %2</source>
        <translation>%1，客户编号 %2</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol with headquarters</source>
        <translation>向总部注册</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Headquarters gives you its address, its CA certificate and a one-time enrolment code for this branch.</source>
        <translation>总部会提供其地址、CA 证书以及本网点的一次性注册码。</translation>
    </message>
    <message>
        <source>Contacting headquarters…</source>
        <translation>正在联系总部……</translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <source>Also trust the certificate authorities of this computer</source>
        <translation>同时信任本机的证书颁发机构</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择……</translation>
    </message>
    <message>
        <source>Headquarters address:</source>
        <translation>总部地址：</translation>
    </message>
    <message>
        <source>CA certificate (.pem):</source>
        <translation>CA 证书（.pem）：</translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation>注册码：</translation>
    </message>
    <message>
        <source>Name of this terminal:</source>
        <translation>本终端名称：</translation>
    </message>
    <message>
        <source>Headquarters CA certificate</source>
        <translation>总部 CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Enter the headquarters address, for example https://hq.example.cn:8443.</source>
        <translation>请输入总部地址，例如 https://hq.example.cn:8443。</translation>
    </message>
    <message>
        <source>Choose the CA certificate file headquarters gave you.</source>
        <translation>请选择总部提供的 CA 证书文件。</translation>
    </message>
    <message>
        <source>Enter the enrolment code headquarters gave you.</source>
        <translation>请输入总部提供的注册码。</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>The event log is broken at event %1. Do not change anything; keep this computer as it is and call your IT contact.</source>
        <translation>事件日志在第 %1 条处断裂。请不要做任何改动，保持本机现状，并联系信息技术联络人。</translation>
    </message>
    <message>
        <source>The backup file %1 already exists. Choose a new file name; an old backup is never overwritten.</source>
        <translation>备份文件 %1 已存在。请换一个文件名；已有的备份不会被覆盖。</translation>
    </message>
    <message>
        <source>The folder for the backup %1 could not be created. Choose another place.</source>
        <translation>无法创建备份 %1 所在的文件夹。请选择其他位置。</translation>
    </message>
    <message>
        <source>The backup could not be saved as %1. Check that the folder is writable and try again.</source>
        <translation>无法将备份保存为 %1。请检查该文件夹是否可写，然后重试。</translation>
    </message>
    <message>
        <source>There is no backup file %1. Check the name.</source>
        <translation>备份文件 %1 不存在。请检查文件名。</translation>
    </message>
    <message>
        <source>The backup could not be copied into the data folder. Check free disk space and permissions, then try again. Nothing was changed.</source>
        <translation>无法将备份复制到数据文件夹。请检查磁盘剩余空间和权限后重试。数据未作任何改动。</translation>
    </message>
    <message>
        <source>The backup&apos;s event log is broken at event %1, so it cannot be trusted. Use another backup. Nothing was changed.</source>
        <translation>该备份的事件日志在第 %1 条处断裂，不可信任。请使用其他备份。数据未作任何改动。</translation>
    </message>
    <message>
        <source>The current database could not be moved aside. Close every HallDesk window and try again. Nothing was changed.</source>
        <translation>无法移开当前数据库。请关闭所有 HallDesk 窗口后重试。数据未作任何改动。</translation>
    </message>
    <message>
        <source>There is no case %1. Check the case number on the receipt slip.</source>
        <translation>不存在办件 %1。请核对受理回执上的办件编号。</translation>
    </message>
    <message>
        <source>Cases are handled by staff signed in with their staff number. Sign in at the counter.</source>
        <translation>办件须由使用工号登录的工作人员办理。请先在柜台登录。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not filled in correctly (expected: %2). Correct the form field.</source>
        <translation>“%1”填写不正确（应为：%2）。请更正该栏目。</translation>
    </message>
    <message>
        <source>There is no catalogue item %1. Choose the matter from the service catalogue.</source>
        <translation>不存在事项 %1。请从服务事项目录中选择。</translation>
    </message>
    <message>
        <source>Catalogue item %1 (%2) is no longer offered. Choose a current matter from the catalogue.</source>
        <translation>事项 %1（%2）已停止办理。请从目录中选择现行事项。</translation>
    </message>
    <message>
        <source>A case comes by visit, phone or letter, not &quot;%1&quot;. Choose how the applicant came.</source>
        <translation>办件来源只能是现场、电话或信函，不能是“%1”。请选择申请人的来办方式。</translation>
    </message>
    <message>
        <source>There is no window %1. Choose one of the hall&apos;s windows.</source>
        <translation>不存在窗口 %1。请选择大厅中的窗口。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required for this matter. Fill it in.</source>
        <translation>办理本事项须填写“%1”。请填写。</translation>
    </message>
    <message>
        <source>The applicant is not a registered customer. Look the customer up or register them first.</source>
        <translation>申请人尚未登记。请先查询或登记该客户。</translation>
    </message>
    <message>
        <source>This terminal has no valid branch code or device tag for case numbers. Ask the administrator to set up the terminal (halldeskctl init).</source>
        <translation>本终端没有用于生成办件编号的有效网点编码或设备标识。请联系系统管理员初始化终端（halldeskctl init）。</translation>
    </message>
    <message>
        <source>The case cannot be accepted: these materials are missing: %1. Give the applicant a one-time notice of missing materials instead.</source>
        <translation>无法受理：缺少以下材料：%1。请向申请人出具一次性告知书（补交材料清单）。</translation>
    </message>
    <message>
        <source>The notice lists no missing materials. Tick everything the applicant still has to bring, all in one notice.</source>
        <translation>告知书中没有列出所缺材料。请在同一份告知书中勾选申请人需补交的全部材料。</translation>
    </message>
    <message>
        <source>Write the reason for refusing (at most 500 characters); the applicant receives it in writing.</source>
        <translation>请填写不予受理的理由（不超过 500 字），理由将以书面形式告知申请人。</translation>
    </message>
    <message>
        <source>A case that is &quot;%1&quot; cannot become &quot;%2&quot;. Open the case again to see its current status.</source>
        <translation>处于“%1”状态的办件不能变为“%2”。请重新打开办件查看其当前状态。</translation>
    </message>
    <message>
        <source>No such customer is registered. Check what you typed, or register the customer.</source>
        <translation>没有登记该客户。请检查输入内容，或先登记客户。</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name as on the ID document, 1 to 40 characters.</source>
        <translation>请按证件上的姓名填写，1 至 40 个字符。</translation>
    </message>
    <message>
        <source>The ID document kind &quot;%1&quot; is not known. Choose resident ID, passport or other.</source>
        <translation>未知的证件类型“%1”。请选择居民身份证、护照或其他。</translation>
    </message>
    <message>
        <source>Type the document number as printed on the document, 1 to 30 characters.</source>
        <translation>请按证件上印制的号码填写，1 至 30 个字符。</translation>
    </message>
    <message>
        <source>The address may have at most 200 characters and the notes at most 500. Shorten the text.</source>
        <translation>地址最多 200 个字符，备注最多 500 个字符。请缩短内容。</translation>
    </message>
    <message>
        <source>A customer with this ID number is already registered (customer %1). Look the customer up by ID number instead of registering again.</source>
        <translation>该证件号码的客户已登记（客户 %1）。请按证件号码查询该客户，不要重复登记。</translation>
    </message>
    <message>
        <source>Nothing was changed. Edit a field before saving.</source>
        <translation>没有任何修改。请先修改内容再保存。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged or is not a HallDesk database. Nothing was changed. Restore the latest backup with &apos;halldeskctl restore&apos;, or ask your IT contact.</source>
        <translation>数据库文件 %1 已损坏或不是 HallDesk 数据库。数据未作任何改动。请用“halldeskctl restore”恢复最近的备份，或联系信息技术联络人。</translation>
    </message>
    <message>
        <source>There is no HallDesk database at %1. Run &apos;halldeskctl init&apos; first, or check --data-dir.</source>
        <translation>%1 处没有 HallDesk 数据库。请先运行“halldeskctl init”，或检查 --data-dir 参数。</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only, so nothing could be saved. Ask your IT contact for write access, or start with --data-dir and a writable folder. Nothing was changed.</source>
        <translation>数据文件夹 %1 为只读，无法保存。请联系信息技术联络人开通写入权限，或使用 --data-dir 指定可写的文件夹启动。数据未作任何改动。</translation>
    </message>
    <message>
        <source>The data folder %1 does not exist and could not be created. Check that the disk is connected, or start with --data-dir and another folder.</source>
        <translation>数据文件夹 %1 不存在且无法创建。请检查磁盘是否已连接，或使用 --data-dir 指定其他文件夹启动。</translation>
    </message>
    <message>
        <source>The data folder %1 is on a network file system (%2), where the database cannot be kept safe. Choose a folder on this computer&apos;s own disk.</source>
        <translation>数据文件夹 %1 位于网络文件系统（%2）上，无法保证数据库安全。请选择本机磁盘上的文件夹。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read. Ask your IT contact to check its permissions. Nothing was changed.</source>
        <translation>无法读取数据库文件 %1。请联系信息技术联络人检查文件权限。数据未作任何改动。</translation>
    </message>
    <message>
        <source>The database file %1 failed its integrity check (%2). Nothing was changed. Restore the latest backup with &apos;halldeskctl restore&apos;, or ask your IT contact.</source>
        <translation>数据库文件 %1 未通过完整性检查（%2）。数据未作任何改动。请用“halldeskctl restore”恢复最近的备份，或联系信息技术联络人。</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another program, not of HallDesk. Nothing was changed. Check --data-dir.</source>
        <translation>文件 %1 是其他程序的 SQLite 数据库，不是 HallDesk 数据库。数据未作任何改动。请检查 --data-dir 参数。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of HallDesk (schema %1; this program understands up to %2). Nothing was changed. Install the newer HallDesk.</source>
        <translation>该数据库由更新版本的 HallDesk 写入（结构版本 %1；本程序最高支持 %2）。数据未作任何改动。请安装新版 HallDesk。</translation>
    </message>
    <message>
        <source>The database at %1 could not be switched to write-ahead logging. Choose a data folder on this computer&apos;s own disk.</source>
        <translation>%1 处的数据库无法切换到预写日志（WAL）模式。请选择本机磁盘上的数据文件夹。</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 (%2) failed: %3. The database was left as it was, at schema %4. Ask your IT contact.</source>
        <translation>将数据库升级到结构版本 %1（%2）失败：%3。数据库保持原状，仍为结构版本 %4。请联系信息技术联络人。</translation>
    </message>
    <message>
        <source>The disk is full, so this action was not saved; everything saved before it is safe. Free some disk space (or ask your IT contact), then try again.</source>
        <translation>磁盘已满，本次操作未能保存；此前已保存的数据均完好。请清理磁盘空间（或联系信息技术联络人）后重试。</translation>
    </message>
    <message>
        <source>The database is busy with another program. Nothing was saved; wait a moment and try again.</source>
        <translation>数据库正被其他程序占用。本次未保存任何数据；请稍候重试。</translation>
    </message>
    <message>
        <source>The disk reported an error (%1). Nothing was saved. Check the disk, then try again, or ask your IT contact.</source>
        <translation>磁盘报告错误（%1）。本次未保存任何数据。请检查磁盘后重试，或联系信息技术联络人。</translation>
    </message>
    <message>
        <source>The database could not be opened (%1). Check that the data folder exists and is writable, or start with --data-dir and another folder.</source>
        <translation>无法打开数据库（%1）。请检查数据文件夹是否存在且可写，或使用 --data-dir 指定其他文件夹启动。</translation>
    </message>
    <message>
        <source>The database refused the change (%1). Nothing was saved. Try again; if it happens again, ask your IT contact.</source>
        <translation>数据库拒绝了本次修改（%1）。未保存任何数据。请重试；如再次出现，请联系信息技术联络人。</translation>
    </message>
    <message>
        <source>The demo master data is missing from this build or damaged. Rebuild HallDesk.</source>
        <translation>本版本缺少演示基础数据或数据已损坏。请重新构建 HallDesk。</translation>
    </message>
    <message>
        <source>Branch codes and device tags are 1 to 8 capital letters or digits (for example TZ01 and D1). Correct them.</source>
        <translation>网点编码和设备标识为 1 至 8 位大写字母或数字（例如 TZ01 和 D1）。请更正。</translation>
    </message>
    <message>
        <source>No ID number was entered. Type the 18 characters from the ID card.</source>
        <translation>未输入身份证号码。请输入身份证上的 18 位号码。</translation>
    </message>
    <message>
        <source>An ID number has only digits, with X allowed as the last character. Check it against the card and type it again.</source>
        <translation>身份证号码只能由数字组成，仅最后一位可以是 X。请对照证件重新输入。</translation>
    </message>
    <message>
        <source>The ID number has %1 characters, but a resident ID number has 18 (15 on an old first-generation card). Check it against the card and type it again.</source>
        <translation>该身份证号码为 %1 位，而居民身份证号码应为 18 位（旧版一代证为 15 位）。请对照证件重新输入。</translation>
    </message>
    <message>
        <source>The ID number begins with %1, which is not a province code. Check the first digits against the card and type them again.</source>
        <translation>身份证号码以 %1 开头，这不是有效的省级行政区划代码。请对照证件核对前几位后重新输入。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is not a real date. Check the birth date digits against the card and type them again.</source>
        <translation>身份证号码中的出生日期（%1）不是有效日期。请对照证件核对出生日期后重新输入。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is before 1900. Check the birth date digits against the card and type them again.</source>
        <translation>身份证号码中的出生日期（%1）早于 1900 年。请对照证件核对出生日期后重新输入。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (%1) is in the future. Check the birth date digits against the card and type them again.</source>
        <translation>身份证号码中的出生日期（%1）晚于今天。请对照证件核对出生日期后重新输入。</translation>
    </message>
    <message>
        <source>The ID number&apos;s check digit does not match. Check the last character, and then every digit, against the card and type it again.</source>
        <translation>身份证号码校验位不符。请对照证件先核对最后一位，再逐位核对后重新输入。</translation>
    </message>
    <message>
        <source>The data folder %1 is in use by another HallDesk program (%2, process %3). Close it first, then try again.</source>
        <translation>数据文件夹 %1 正被另一个 HallDesk 程序使用（%2，进程 %3）。请先关闭该程序，然后重试。</translation>
    </message>
    <message>
        <source>The master data lists %1 &quot;%2&quot; twice. Ask headquarters to correct the master data.</source>
        <translation>基础数据中 %1“%2”重复出现。请联系总部更正基础数据。</translation>
    </message>
    <message>
        <source>A window in the master data has no code or no name (&quot;%1&quot;). Ask headquarters to correct the master data.</source>
        <translation>基础数据中有窗口缺少编码或名称（“%1”）。请联系总部更正基础数据。</translation>
    </message>
    <message>
        <source>Fee item &quot;%1&quot; in the master data needs a code, a name and an amount in whole fen between 0 and 1000000000. Ask headquarters to correct it.</source>
        <translation>基础数据中的收费项目“%1”须有编码、名称，以及 0 至 1000000000 之间以分为单位的整数金额。请联系总部更正。</translation>
    </message>
    <message>
        <source>Catalogue item %1 has a form field &quot;%2&quot; without a key, with a repeated key, of an unknown type or a choice without options. Ask headquarters to correct the item&apos;s form.</source>
        <translation>事项 %1 的表单栏目“%2”缺少键名、键名重复、类型未知，或为没有选项的选择项。请联系总部更正该事项的表单。</translation>
    </message>
    <message>
        <source>A catalogue item in the master data has no code or no name (&quot;%1&quot;). Ask headquarters to correct the master data.</source>
        <translation>基础数据中有事项缺少编码或名称（“%1”）。请联系总部更正基础数据。</translation>
    </message>
    <message>
        <source>Catalogue item %1 has the handling mode &quot;%2&quot;; it must be immediate, commitment or forward. Ask headquarters to correct it.</source>
        <translation>事项 %1 的办理方式为“%2”；应为即办件、承诺件或上报件。请联系总部更正。</translation>
    </message>
    <message>
        <source>Catalogue item %1 has the time limit &quot;%2&quot;; it must be a whole number of working days from 0 to 3650. Ask headquarters to correct it.</source>
        <translation>事项 %1 的办理时限为“%2”；应为 0 至 3650 之间的整数个工作日。请联系总部更正。</translation>
    </message>
    <message>
        <source>Catalogue item %1 is served at window %2, which the master data does not list. Ask headquarters to add the window or correct the item.</source>
        <translation>事项 %1 的办理窗口为 %2，但基础数据中没有该窗口。请联系总部增加该窗口或更正该事项。</translation>
    </message>
    <message>
        <source>Catalogue item %1 charges fee %2, which is not a published fee item. Ask headquarters to add the fee item or correct the catalogue item.</source>
        <translation>事项 %1 收取的费用 %2 不是已公示的收费项目。请联系总部增加该收费项目或更正该事项。</translation>
    </message>
    <message>
        <source>The holiday calendar in the master data has an entry &quot;%1&quot; (%2) that is not a date YYYY-MM-DD marked holiday or workday. Ask headquarters to correct the calendar.</source>
        <translation>基础数据的节假日日历中有一项“%1”（%2）不是标注为节假日或调休工作日的 YYYY-MM-DD 日期。请联系总部更正日历。</translation>
    </message>
    <message>
        <source>The master data has no valid version number. Fetch it from headquarters again.</source>
        <translation>基础数据没有有效的版本号。请重新从总部获取。</translation>
    </message>
    <message>
        <source>This master data is for branch %1, but this terminal belongs to branch %2. Import the master data of branch %2.</source>
        <translation>该基础数据属于网点 %1，而本终端属于网点 %2。请导入网点 %2 的基础数据。</translation>
    </message>
    <message>
        <source>Master data version %1 is not newer than the version already applied (%2). Fetch the current master data from headquarters.</source>
        <translation>基础数据版本 %1 不比已应用的版本（%2）新。请从总部获取最新的基础数据。</translation>
    </message>
    <message>
        <source>There is no catalogue item %1. Check the code, or update the master data from headquarters.</source>
        <translation>不存在事项 %1。请检查事项编码，或从总部更新基础数据。</translation>
    </message>
    <message>
        <source>No mobile number was entered. Type the 11 digits of the mobile number.</source>
        <translation>未输入手机号码。请输入 11 位手机号码。</translation>
    </message>
    <message>
        <source>The mobile number &quot;%1&quot; contains characters other than digits. Type only the 11 digits.</source>
        <translation>手机号码“%1”含有数字以外的字符。请只输入 11 位数字。</translation>
    </message>
    <message>
        <source>The mobile number has %1 digits, but a mobile number has 11. Check it with the customer and type it again.</source>
        <translation>该手机号码为 %1 位，而手机号码应为 11 位。请与客户核对后重新输入。</translation>
    </message>
    <message>
        <source>The mobile number %1 does not begin like a mainland mobile number (13 to 19). Check it with the customer and type it again.</source>
        <translation>手机号码 %1 的开头不符合大陆手机号码（13 至 19 开头）。请与客户核对后重新输入。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is above the limit of ¥10,000,000.00 for a single amount. Check the number of digits and type it again.</source>
        <translation>金额“%1”超过单笔上限 ¥10,000,000.00。请核对位数后重新输入。</translation>
    </message>
    <message>
        <source>No amount was entered. Type the amount in yuan, for example 12.50.</source>
        <translation>未输入金额。请以元为单位输入金额，例如 12.50。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; contains characters that are not part of a number. Type only digits and a decimal point, for example 1234.50.</source>
        <translation>金额“%1”含有非数字字符。请只输入数字和小数点，例如 1234.50。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has no digits. Type the amount in yuan, for example 12.50.</source>
        <translation>金额“%1”中没有数字。请以元为单位输入金额，例如 12.50。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has more than one decimal point. Keep only the point before the jiao and fen, for example 1234.50.</source>
        <translation>金额“%1”含有多个小数点。只保留角、分之前的一个小数点，例如 1234.50。</translation>
    </message>
    <message>
        <source>The commas in the amount &quot;%1&quot; are not thousands separators. Leave the commas out, for example 1234567.50.</source>
        <translation>金额“%1”中的逗号不是千位分隔符。请去掉逗号，例如 1234567.50。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; has more than two decimals. Amounts are in yuan with at most jiao and fen; type it again, for example 12.35.</source>
        <translation>金额“%1”的小数超过两位。金额以元为单位，最多精确到角、分；请重新输入，例如 12.35。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is negative. Type the amount without a minus sign; refunds and corrections have their own actions.</source>
        <translation>金额“%1”为负数。请输入不带负号的金额；退款和冲正另有专门操作。</translation>
    </message>
    <message>
        <source>%1 times %2 comes to more than ¥10,000,000.00 for one line. Check the quantity and type it again.</source>
        <translation>%1 乘以 %2 超过单行上限 ¥10,000,000.00。请核对数量后重新输入。</translation>
    </message>
    <message>
        <source>The password must be at least 8 characters long and contain both letters and digits. Choose another one.</source>
        <translation>密码至少 8 位，且须同时包含字母和数字。请另设一个密码。</translation>
    </message>
    <message>
        <source>The password must not contain your staff number. Choose another one.</source>
        <translation>密码不能包含您的工号。请另设一个密码。</translation>
    </message>
    <message>
        <source>Nobody is signed in. Sign in with your staff number first.</source>
        <translation>当前无人登录。请先使用工号登录。</translation>
    </message>
    <message>
        <source>Staff %1 (%2) may not do this. Ask a staff member with the right role, such as a supervisor.</source>
        <translation>工号 %1（%2）无权执行此操作。请由具有相应权限的人员（如值班长）办理。</translation>
    </message>
    <message>
        <source>The staff number or the password is wrong. Check both and try again; after 5 failures the account is locked for 5 minutes.</source>
        <translation>工号或密码错误。请核对后重试；连续错误 5 次，账号将被锁定 5 分钟。</translation>
    </message>
    <message>
        <source>There is no staff member with number %1. Check the number.</source>
        <translation>没有工号为 %1 的员工。请核对工号。</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask your administrator to enable it.</source>
        <translation>账号 %1 已停用。请联系系统管理员启用。</translation>
    </message>
    <message>
        <source>The account %1 is locked after too many wrong passwords. Try again after %2, or ask a supervisor.</source>
        <translation>账号 %1 因密码错误次数过多已被锁定。请于 %2 之后重试，或联系值班长。</translation>
    </message>
    <message>
        <source>The current password is wrong. Type it again.</source>
        <translation>当前密码错误。请重新输入。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one. Choose another one.</source>
        <translation>新密码不能与当前密码相同。请另设一个密码。</translation>
    </message>
    <message>
        <source>A staff number is 3 to 12 letters or digits (for example 1001 or TZ0102). Correct it.</source>
        <translation>工号为 3 至 12 位字母或数字（例如 1001 或 TZ0102）。请更正。</translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s name (at most 40 characters).</source>
        <translation>请输入员工姓名（不超过 40 个字符）。</translation>
    </message>
    <message>
        <source>Staff number %1 is already taken. Choose another number.</source>
        <translation>工号 %1 已被使用。请换一个工号。</translation>
    </message>
    <message>
        <source>You cannot disable your own account. Ask another administrator.</source>
        <translation>不能停用自己的账号。请联系另一位系统管理员。</translation>
    </message>
    <message>
        <source>The headquarters address must look like https://hq.example.cn:8443. Check what headquarters gave you.</source>
        <translation>总部地址的格式应类似 https://hq.example.cn:8443。请核对总部提供的地址。</translation>
    </message>
    <message>
        <source>Headquarters must be reached over https. Use the https address headquarters gave you.</source>
        <translation>必须通过 https 连接总部。请使用总部提供的 https 地址。</translation>
    </message>
    <message>
        <source>Enter the enrolment code headquarters gave you.</source>
        <translation>请输入总部提供的注册码。</translation>
    </message>
    <message>
        <source>This terminal is already enrolled with headquarters. It cannot be enrolled twice.</source>
        <translation>本终端已在总部注册，不能重复注册。</translation>
    </message>
    <message>
        <source>Headquarters refused the enrolment code: it is wrong or already used. Ask headquarters for a new code.</source>
        <translation>总部拒绝了该注册码：注册码错误或已被使用。请向总部申请新的注册码。</translation>
    </message>
    <message>
        <source>The server at %1 could not be trusted (%2). Check the address and the CA certificate file from headquarters.</source>
        <translation>%1 处的服务器不可信（%2）。请核对地址和总部提供的 CA 证书文件。</translation>
    </message>
    <message>
        <source>Headquarters at %1 could not be reached or did not accept the enrolment (%2). Check the network and the address, then try again.</source>
        <translation>无法连接 %1 处的总部，或总部未接受注册（%2）。请检查网络和地址后重试。</translation>
    </message>
    <message>
        <source>The CA certificate could not be saved in the data folder. Check free disk space, then enrol again with a new code.</source>
        <translation>无法将 CA 证书保存到数据文件夹。请检查磁盘剩余空间，然后用新的注册码重新注册。</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read. Check the path you were given by headquarters.</source>
        <translation>无法读取证书文件 %1。请核对总部提供的路径。</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate. Ask headquarters for their CA certificate (.pem).</source>
        <translation>文件 %1 中没有 PEM 证书。请向总部索取其 CA 证书（.pem）。</translation>
    </message>
    <message>
        <source>Headquarters refused the data (HTTP %1, %2). Synchronisation continues later; if this repeats, tell your IT contact.</source>
        <translation>总部拒收了数据（HTTP %1，%2）。稍后将继续同步；如反复出现，请告知信息技术联络人。</translation>
    </message>
    <message>
        <source>The headquarters server could not be trusted (%1). Check the HQ address and certificate file with your IT contact.</source>
        <translation>总部服务器不可信（%1）。请与信息技术联络人核对总部地址和证书文件。</translation>
    </message>
    <message>
        <source>Headquarters cannot be reached (%1). Work goes on offline; everything is sent when the link is back.</source>
        <translation>无法连接总部（%1）。可继续离线办理；网络恢复后将自动上传全部记录。</translation>
    </message>
    <message>
        <source>Headquarters no longer accepts this terminal (HTTP %1). Ask headquarters for a new enrolment code and enrol again.</source>
        <translation>总部已不再接受本终端（HTTP %1）。请向总部申请新的注册码并重新注册。</translation>
    </message>
    <message>
        <source>Synchronisation is stopped because headquarters and this terminal disagree about the event log. Nothing is lost; call your IT contact before working on.</source>
        <translation>总部与本终端的事件日志不一致，同步已停止。数据没有丢失；请先联系信息技术联络人，再继续办理。</translation>
    </message>
    <message>
        <source>This terminal is not enrolled with headquarters yet. Enrol it with the code headquarters gave you.</source>
        <translation>本终端尚未在总部注册。请使用总部提供的注册码进行注册。</translation>
    </message>
    <message>
        <source>Headquarters acknowledged fewer events (%1) than it had before. Synchronisation is stopped; call your IT contact.</source>
        <translation>总部确认的事件数（%1）少于此前确认的数量。同步已停止；请联系信息技术联络人。</translation>
    </message>
    <message>
        <source>Headquarters reports that event %1 of this terminal conflicts with what it holds (%2). Synchronisation is stopped and nothing is skipped; call your IT contact.</source>
        <translation>总部报告本终端的第 %1 条事件与总部所存记录冲突（%2）。同步已停止，不会跳过任何事件；请联系信息技术联络人。</translation>
    </message>
    <message>
        <source>Headquarters holds events up to %1 that do not match this terminal&apos;s log. Synchronisation is stopped; call your IT contact.</source>
        <translation>总部所存第 %1 条及之前的事件与本终端日志不符。同步已停止；请联系信息技术联络人。</translation>
    </message>
    <message>
        <source>This terminal already has staff accounts. Sign in as an administrator to add more.</source>
        <translation>本终端已有工作人员账号。请以管理员身份登录后再添加。</translation>
    </message>
    <message>
        <source>You cannot approve your own request. Ask another supervisor to enter their staff number and password.</source>
        <translation>不能审批自己提出的申请。请另一位主管输入其工号和密码。</translation>
    </message>
    <message>
        <source>Staff member %1 (%2) may not approve this. Ask a supervisor to enter their staff number and password.</source>
        <translation>工号 %1（%2）无权审批此操作。请主管输入其工号和密码。</translation>
    </message>
    <message>
        <source>Staff member %1 still has the initial password and cannot approve until they have signed in and changed it.</source>
        <translation>工号 %1 仍在使用初始密码，须先登录并修改密码后才能审批。</translation>
    </message>
    <message>
        <source>The business day %1 is closed: nothing more can be recorded on it. Continue tomorrow, or ask a supervisor.</source>
        <translation>营业日 %1 已日结，不能再登记任何业务。请明天继续办理，或联系值班长。</translation>
    </message>
    <message>
        <source>The import was cancelled: %1 of %2 rows have problems, so no customer was imported. Correct the rows listed above and import the file again.</source>
        <translation>导入已取消：%2 行中有 %1 行有问题，未导入任何客户。请改正上面列出的行后重新导入。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (%2). Check the name and that it is not open in another program.</source>
        <translation>无法读取文件 %1（%2）。请检查文件名，并确认文件未被其他程序打开。</translation>
    </message>
    <message>
        <source>The file %1 is not master data in JSON (%2, at byte %3). Export it again from headquarters.</source>
        <translation>文件 %1 不是 JSON 格式的主数据（%2，位于第 %3 字节）。请从总部重新导出。</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text. Save it from the spreadsheet as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>文件既不是 UTF-8 也不是 GB18030 文本。请在表格软件中另存为“CSV UTF-8”后重新导入。</translation>
    </message>
    <message>
        <source>A quoted field that begins on line %1 never ends: a closing double quote is missing. Correct the file and import it again.</source>
        <translation>从第 %1 行开始的带引号字段没有结束：缺少右双引号。请改正文件后重新导入。</translation>
    </message>
    <message>
        <source>The file %1 is larger than 512 MiB. Split it into smaller files.</source>
        <translation>文件 %1 超过 512 MiB。请拆分成较小的文件。</translation>
    </message>
    <message>
        <source>The file is empty. Its first line names the columns: name,id_number,phone,address.</source>
        <translation>文件为空。第一行应为列名：name,id_number,phone,address。</translation>
    </message>
    <message>
        <source>The header names the column &quot;%1&quot; twice. Keep one of them.</source>
        <translation>表头中列“%1”出现了两次。请只保留一个。</translation>
    </message>
    <message>
        <source>The header lacks the column(s) %1. The first line must name the columns name,id_number,phone,address (more may follow).</source>
        <translation>表头缺少列 %1。第一行必须包含列名 name,id_number,phone,address（可以有更多列）。</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header has %2. Put a field with a comma in double quotes.</source>
        <translation>该行有 %1 个字段，而表头只有 %2 个。含逗号的字段请用双引号括起来。</translation>
    </message>
    <message>
        <source>The vip column holds &quot;%1&quot;; write 1 or 0 (or leave it empty).</source>
        <translation>vip 列的值为“%1”；请填写 1 或 0（或留空）。</translation>
    </message>
    <message>
        <source>The same ID number is on line %1 already. Keep one of the two rows.</source>
        <translation>第 %1 行已有相同的证件号码。两行只保留一行。</translation>
    </message>
    <message>
        <source>The preferences may have at most 200 characters. Shorten the text.</source>
        <translation>服务偏好最多 200 个字。请缩短。</translation>
    </message>
    <message>
        <source>Catalogue item %1 is the service change &quot;%2&quot;, which this terminal does not know. Ask headquarters to correct it.</source>
        <translation>事项 %1 标注的业务变更类型“%2”本终端不认识。请联系总部更正。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to this kind of service (%2). Choose a change the service offers.</source>
        <translation>“%1”不适用于此类业务（%2）。请选择该业务可办理的变更。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible while the service is &quot;%2&quot;. Check the service&apos;s status.</source>
        <translation>业务处于“%2”状态时不能办理“%1”。请核对业务状态。</translation>
    </message>
    <message>
        <source>There is no such service. Check the number, or look the customer up again.</source>
        <translation>没有该业务。请核对号码，或重新查询客户。</translation>
    </message>
    <message>
        <source>The service already is as requested: nothing would change. Check what the customer asked for.</source>
        <translation>业务已是所要求的状态，没有任何变化。请核对客户的办理要求。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plan the catalogue offers. Choose one of the listed plans.</source>
        <translation>“%1”不是事项目录中公布的套餐。请从列出的套餐中选择。</translation>
    </message>
    <message>
        <source>A service holder must be at least 16 years old. Register the service to a parent or guardian.</source>
        <translation>机主须年满16周岁。请登记在父母或监护人名下。</translation>
    </message>
    <message>
        <source>The service catalogue has no item for &quot;%1&quot;. Update the master data from headquarters.</source>
        <translation>事项目录中没有“%1”事项。请从总部更新主数据。</translation>
    </message>
    <message>
        <source>A mobile line&apos;s number has 11 digits and begins with 1. Check the number on the SIM card pack.</source>
        <translation>手机号码为 11 位数字，以 1 开头。请核对 SIM 卡包装上的号码。</translation>
    </message>
    <message>
        <source>A fixed line&apos;s number is the area code and 7 or 8 digits, for example 0816-5621234.</source>
        <translation>固定电话号码为区号加 7 或 8 位号码，例如 0816-5621234。</translation>
    </message>
    <message>
        <source>A broadband account has 4 to 32 letters, digits or the signs @ . _ -. Check the account on the installation order.</source>
        <translation>宽带账号为 4 至 32 位字母、数字或符号 @ . _ -。请核对装机单上的账号。</translation>
    </message>
    <message>
        <source>A SIM card number (ICCID) has 19 or 20 digits and begins with 8986. Type it from the card or scan its barcode.</source>
        <translation>SIM 卡号（ICCID）为以 8986 开头的 19 或 20 位数字。请照卡输入或扫描条码。</translation>
    </message>
    <message>
        <source>A service password has exactly 6 digits. Let the customer type it again on the keypad.</source>
        <translation>服务密码为 6 位数字。请客户在密码键盘上重新输入。</translation>
    </message>
    <message>
        <source>The service password is too easy to guess (one digit repeated, or a run like 123456). Let the customer choose another.</source>
        <translation>服务密码过于简单（同一数字重复或 123456 这样的连号）。请客户另设一个。</translation>
    </message>
    <message>
        <source>The service password must not be part of the ID number or the last digits of the service number. Let the customer choose another.</source>
        <translation>服务密码不能是证件号码的一部分，也不能是服务号码的末几位。请客户另设一个。</translation>
    </message>
    <message>
        <source>%1 already holds 5 mobile lines, the most one ID document may hold. Cancel a line first, or register the line to someone else.</source>
        <translation>%1 名下已有 5 个手机号码，已达同一证件可办理的上限。请先销掉一个号码，或登记在他人名下。</translation>
    </message>
    <message>
        <source>Check the holder&apos;s identity: type or scan the ID number, or let the holder type the service password.</source>
        <translation>请核验机主身份：刷或输入身份证号码，或由机主输入服务密码。</translation>
    </message>
    <message>
        <source>This ID number is not the holder&apos;s. Only the holder may change the service: ask for the holder&apos;s own ID card.</source>
        <translation>该证件号码不是机主的。只有机主本人才能办理变更：请出示机主本人的身份证。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the holder&apos;s ID card; the service password is not enough. Ask for the ID card.</source>
        <translation>“%1”须凭机主身份证办理，仅凭服务密码不行。请出示身份证。</translation>
    </message>
    <message>
        <source>The service still has its initial password, which cannot prove identity. Ask for the holder&apos;s ID card; with it the holder can set their own password.</source>
        <translation>该业务仍是初始密码，不能用于核验身份。请出示机主身份证；凭身份证机主可设置自己的密码。</translation>
    </message>
    <message>
        <source>The service password is wrong. Let the holder type it again, or ask for the ID card.</source>
        <translation>服务密码错误。请机主重新输入，或出示身份证。</translation>
    </message>
    <message>
        <source>The customer is not registered on this terminal. Look the customer up or register them first.</source>
        <translation>本终端未登记该客户。请先查询或登记客户。</translation>
    </message>
    <message>
        <source>The number %1 already belongs to a service in use. Choose another number.</source>
        <translation>号码 %1 已被在用业务占用。请另选号码。</translation>
    </message>
    <message>
        <source>A contract ends after today and within 5 years. Check the contract&apos;s end date.</source>
        <translation>协议期须在今天之后、5 年之内结束。请核对协议到期日。</translation>
    </message>
    <message>
        <source>Choose one of the listed reasons for &quot;%1&quot;.</source>
        <translation>请从列出的原因中为“%1”选择一项。</translation>
    </message>
    <message>
        <source>The note may have at most 200 characters. Shorten it.</source>
        <translation>说明最多 200 个字。请缩短。</translation>
    </message>
    <message>
        <source>No customer is registered with the new owner&apos;s ID number. Register the new owner first, with their ID card.</source>
        <translation>没有登记新机主证件号码的客户。请先凭新机主身份证为其登记。</translation>
    </message>
    <message>
        <source>The new owner is the present holder. Scan or type the new owner&apos;s ID number.</source>
        <translation>新机主就是现机主。请刷或输入新机主的身份证号码。</translation>
    </message>
    <message>
        <source>The customer is under contract until %1 (%2). Tell the customer what the contract says about this change, and confirm to go on.</source>
        <translation>该客户处于协议期内，至 %1（%2）。请向客户说明协议对本次变更的约定，确认后再办理。</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up this terminal</source>
        <translation>设置本终端</translation>
    </message>
    <message>
        <source>Branch and headquarters</source>
        <translation>网点与总部</translation>
    </message>
    <message>
        <source>A terminal enrolled with headquarters sends its work there and receives the service catalogue. It works fully offline either way.</source>
        <translation>向总部注册的终端会把业务数据上传总部，并接收事项目录。无论是否注册，终端都能完全离线工作。</translation>
    </message>
    <message>
        <source>Enrol with headquarters now</source>
        <translation>现在向总部注册</translation>
    </message>
    <message>
        <source>Branch code:</source>
        <translation>网点代码：</translation>
    </message>
    <message>
        <source>Branch name:</source>
        <translation>网点名称：</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>首位管理员</translation>
    </message>
    <message>
        <source>The administrator signs in first and adds the clerks and supervisors of this branch.</source>
        <translation>管理员先登录，再为本网点添加营业员和值班长。</translation>
    </message>
    <message>
        <source>Staff no.:</source>
        <translation>工号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Enter the branch code, for example TZ01.</source>
        <translation>请输入网点代码，例如 TZ01。</translation>
    </message>
    <message>
        <source>Contacting headquarters…</source>
        <translation>正在联系总部……</translation>
    </message>
    <message>
        <source>Enrolled with headquarters as branch %1 %2.</source>
        <translation>已向总部注册，网点为 %1 %2。</translation>
    </message>
    <message>
        <source>Type the same acceptable password twice.</source>
        <translation>请两次输入相同且符合要求的密码。</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>正在创建账号……</translation>
    </message>
    <message>
        <source>Work on its own for now (enrol later in the Headquarters area)</source>
        <translation>暂时单机使用（以后可在“总部”页面注册）</translation>
    </message>
</context>
<context>
    <name>ImportCustomersCommand</name>
    <message>
        <source>Columns ignored: %1</source>
        <translation>已忽略的列：%1</translation>
    </message>
    <message>
        <source>%1 customers imported from %2 rows (%3).</source>
        <translation>已从 %2 行导入 %1 位客户（%3）。</translation>
    </message>
</context>
<context>
    <name>ImportMasterCommand</name>
    <message>
        <source>Master data version %1 was already applied; nothing changed.</source>
        <translation>主数据版本 %1 已应用过，未作任何更改。</translation>
    </message>
    <message>
        <source>Master data version %1 applied.</source>
        <translation>已应用主数据版本 %1。</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>This counter is locked</source>
        <translation>本窗口已锁屏</translation>
    </message>
    <message>
        <source>Staff no. %1 %2 (%3) is signed in.</source>
        <translation>当前登录：工号 %1 %2（%3）</translation>
    </message>
    <message>
        <source>Enter the password of staff no. %1 to continue.</source>
        <translation>请输入工号 %1 的密码以继续办理。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>HallDesk - Sign in</source>
        <translation>HallDesk 柜台终端 - 登录</translation>
    </message>
    <message>
        <source>HallDesk counter terminal</source>
        <translation>HallDesk 柜台终端</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>e.g. 1001</source>
        <translation>例如 1001</translation>
    </message>
    <message>
        <source>Staff no.:</source>
        <translation>工号：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>窗口：</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>Enter your staff number.</source>
        <translation>请输入工号。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Choose the window you serve at.</source>
        <translation>请选择您所在的窗口。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HallDesk</source>
        <translation>HallDesk 柜台终端</translation>
    </message>
    <message>
        <source>HallDesk - %1</source>
        <translation>HallDesk 柜台终端 - %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Staff no. %1 %2 (%3)</source>
        <translation>工号 %1 %2（%3）</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>窗口 %1</translation>
    </message>
    <message>
        <source>Not connected to headquarters</source>
        <translation>未连接总部</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>Business day %1</source>
        <translation>营业日 %1</translation>
    </message>
    <message>
        <source>%1 events in the log</source>
        <translation>日志中 %1 条事件</translation>
    </message>
    <message>
        <source>About HallDesk</source>
        <translation>关于 HallDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HallDesk %1&lt;/h3&gt;&lt;p&gt;Counter terminal for walk-in service halls. It works offline and forwards its records to headquarters.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;Data folder: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HallDesk %1&lt;/h3&gt;&lt;p&gt;面向营业厅和便民服务中心的柜台终端。断网时照常办理，联网后将记录上传总部。&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;数据文件夹：%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>Sync stopped: call IT</source>
        <translation>同步已停止：请联系 IT</translation>
    </message>
    <message>
        <source>Online, %1 events to send</source>
        <translation>在线，待发送 %1 条事件</translation>
    </message>
    <message>
        <source>Online, all sent</source>
        <translation>在线，全部已发送</translation>
    </message>
    <message>
        <source>Offline, %1 events waiting</source>
        <translation>离线，%1 条事件待发送</translation>
    </message>
    <message>
        <source> (last sync %1)</source>
        <translation>（上次同步 %1）</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
</context>
<context>
    <name>OpenServiceDialog</name>
    <message>
        <source>SIM card no.:</source>
        <translation>SIM 卡号：</translation>
    </message>
    <message>
        <source>Long distance (international, Hong Kong, Macao, Taiwan)</source>
        <translation>开通长途（国际及港澳台）</translation>
    </message>
    <message>
        <source>Open a service</source>
        <translation>开户/新装</translation>
    </message>
    <message>
        <source>Holder: %1, %2 (customer %3)</source>
        <translation>机主：%1，%2（客户编号 %3）</translation>
    </message>
    <message>
        <source>%1
Check: %2
Conditions: %3</source>
        <translation>%1
核验：%2
办理条件：%3</translation>
    </message>
    <message>
        <source>19 or 20 digits from the card, or scan its barcode</source>
        <translation>卡上的 19 或 20 位数字，或扫描条码</translation>
    </message>
    <message>
        <source>No contract</source>
        <translation>无协议</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>业务类型：</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>号码：</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>套餐：</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>协议期：</translation>
    </message>
    <message>
        <source>Open the service</source>
        <translation>确认开户</translation>
    </message>
    <message>
        <source>11 digits, from the number pool</source>
        <translation>11 位号码，从号码池选取</translation>
    </message>
    <message>
        <source>Area code and number, e.g. 0816-5621234</source>
        <translation>区号加号码，例如 0816-5621234</translation>
    </message>
    <message>
        <source>Account on the installation order</source>
        <translation>装机单上的账号</translation>
    </message>
    <message>
        <source>Opening...</source>
        <translation>正在开户……</translation>
    </message>
    <message>
        <source>%1 %2 is open for %3.</source>
        <translation>已为 %3 开通%1 %2。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Verify event log</source>
        <translation>校验事件日志</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>本终端</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>网点：</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>Business day:</source>
        <translation>营业日：</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>当前登录：</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>Events in the log:</source>
        <translation>日志事件数：</translation>
    </message>
    <message>
        <source>Every action at this counter is recorded in a chained log that headquarters can check. Verifying recomputes the whole chain; it changes nothing.</source>
        <translation>本窗口办理的每一项操作都记入链式日志，总部可据此核查。校验会重新计算整条链，不会修改任何数据。</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1（编码 %2）</translation>
    </message>
    <message>
        <source>%1 (tag %2)</source>
        <translation>%1（标识 %2）</translation>
    </message>
    <message>
        <source>Staff no. %1 %2 (%3), window %4</source>
        <translation>工号 %1 %2（%3），窗口 %4</translation>
    </message>
    <message>
        <source>Verifying...</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <source>The chain is intact: %1 events checked.</source>
        <translation>日志链完整：已校验 %1 条事件。</translation>
    </message>
    <message>
        <source>The event log is broken at event %1 (%2). Do not change anything; keep this computer as it is and call your IT contact.</source>
        <translation>事件日志在第 %1 条处断裂（%2）。请不要做任何改动，保持本机现状，并联系信息技术联络人。</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <translation>确认新密码：</translation>
    </message>
    <message>
        <source>At least 8 characters, with letters and digits.</source>
        <translation>至少 8 位，须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>Type the new password again to confirm it.</source>
        <translation>请再次输入新密码进行确认。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The password meets the rules.</source>
        <translation>密码符合要求。</translation>
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
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Partner staff</source>
        <translation>进驻人员</translation>
    </message>
</context>
<context>
    <name>ServiceChangeDialog</name>
    <message>
        <source>ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>Service password</source>
        <translation>服务密码</translation>
    </message>
    <message>
        <source>Change a service</source>
        <translation>业务变更</translation>
    </message>
    <message>
        <source>%1 %2 - %3 - %4
Holder: %5, %6</source>
        <translation>%1 %2 · %3 · %4
机主：%5，%6</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的岗位不能办理此项。</translation>
    </message>
    <message>
        <source>Holder&apos;s identity</source>
        <translation>机主身份核验</translation>
    </message>
    <message>
        <source>Read the ID card, or type the number</source>
        <translation>刷身份证，或输入号码</translation>
    </message>
    <message>
        <source>The holder types it on the keypad</source>
        <translation>由机主在密码键盘上输入</translation>
    </message>
    <message>
        <source>I have told the customer what the contract says about this change; the customer confirms and goes on.</source>
        <translation>已向客户说明协议对本次变更的约定，客户确认继续办理。</translation>
    </message>
    <message>
        <source>%1 %2: contract until %3</source>
        <translation>%1 %2：协议期至 %3</translation>
    </message>
    <message>
        <source>This customer is under contract. Review strictly before changing, transferring or cancelling a service: the contract may require the customer to keep the plan or pay the rest.
%1</source>
        <translation>该客户处于协议期内。变更、过户或销号须严格审查：协议可能要求客户保留套餐或补缴余款。
%1</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认办理</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>办理业务：</translation>
    </message>
    <message>
        <source>New plan:</source>
        <translation>新套餐：</translation>
    </message>
    <message>
        <source>Optional, e.g. working away until spring</source>
        <translation>可不填，例如：外出务工至明年春天</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>The service returns to use with its number and plan.</source>
        <translation>恢复使用，号码和套餐不变。</translation>
    </message>
    <message>
        <source>Read the new owner&apos;s ID card</source>
        <translation>刷新机主身份证</translation>
    </message>
    <message>
        <source>Register the new owner...</source>
        <translation>登记新机主……</translation>
    </message>
    <message>
        <source>New owner&apos;s ID:</source>
        <translation>新机主证件号码：</translation>
    </message>
    <message>
        <source>Both come in person. The present holder&apos;s own password stops working; the new owner gets an initial password.</source>
        <translation>双方须本人到场。现机主自设的密码随即失效；新机主获得初始密码。</translation>
    </message>
    <message>
        <source>Scan the new card&apos;s barcode</source>
        <translation>扫描新卡条码</translation>
    </message>
    <message>
        <source>New SIM card no.:</source>
        <translation>新 SIM 卡号：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>The old card stops working at once.</source>
        <translation>旧卡立即作废。</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>开通</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>International long distance (now %1):</source>
        <translation>国际及港澳台长途（当前%1）：</translation>
    </message>
    <message>
        <source>on</source>
        <translation>已开通</translation>
    </message>
    <message>
        <source>off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Balance refunded:</source>
        <translation>余额退还方式：</translation>
    </message>
    <message>
        <source>The number is given up and may later go to someone else. Settle all fees first; take back rented equipment.</source>
        <translation>销号后号码不再保留，今后可能分配给他人。请先结清全部费用，收回租用设备。</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>再次输入：</translation>
    </message>
    <message>
        <source>6 digits the holder chooses and types on the keypad; not a run like 123456, not part of the ID number.</source>
        <translation>由机主自选 6 位数字并在密码键盘上输入；不能是 123456 这样的连号，也不能是证件号码的一部分。</translation>
    </message>
    <message>
        <source>Identity: the holder&apos;s ID card, or their own service password.</source>
        <translation>身份核验：机主身份证，或机主自设的服务密码。</translation>
    </message>
    <message>
        <source>Identity: the holder&apos;s ID card (the password is not enough).</source>
        <translation>身份核验：机主身份证（仅凭密码不行）。</translation>
    </message>
    <message>
        <source>%1 %2
Materials: %3
%4</source>
        <translation>%1 %2
所需材料：%3
%4</translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation>确认办理：%1</translation>
    </message>
    <message>
        <source>This change needs the ID card.</source>
        <translation>此项须凭身份证办理。</translation>
    </message>
    <message>
        <source>The service still has its initial password, which does not prove identity: ask for the ID card.</source>
        <translation>该业务仍是初始密码，不能用于核验身份：请出示身份证。</translation>
    </message>
    <message>
        <source>This is the present holder. Read the new owner&apos;s ID card.</source>
        <translation>这是现机主。请刷新机主的身份证。</translation>
    </message>
    <message>
        <source>New owner: %1 (customer %2)</source>
        <translation>新机主：%1（客户编号 %2）</translation>
    </message>
    <message>
        <source>Not registered yet: register the new owner first (real-name registration).</source>
        <translation>尚未登记：请先为新机主实名登记。</translation>
    </message>
    <message>
        <source>Done: %1, %2.</source>
        <translation>已办理：%1，%2。</translation>
    </message>
</context>
<context>
    <name>ServiceChangeText</name>
    <message>
        <source>Service</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>机主</translation>
    </message>
    <message>
        <source>Contract until</source>
        <translation>协议期至</translation>
    </message>
    <message>
        <source>SIM card</source>
        <translation>SIM 卡号</translation>
    </message>
    <message>
        <source>Long distance</source>
        <translation>长途</translation>
    </message>
    <message>
        <source>Service password</source>
        <translation>服务密码</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开通</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>Set by the holder</source>
        <translation>机主自设</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>身份证</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>ServiceDonePanel</name>
    <message>
        <source>Print the form...</source>
        <translation>打印受理单……</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>另存为 PDF……</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Print the form the customer signs (Ctrl+P)</source>
        <translation>打印供客户签字的受理单 (Ctrl+P)</translation>
    </message>
    <message>
        <source>%1
Form no. %2: print it and let the customer sign it.</source>
        <translation>%1
受理单号 %2：请打印并请客户签字。</translation>
    </message>
    <message>
        <source>Initial service password: %1
Tell it to the customer now; it is not shown again. It cannot prove identity at the counter: with the ID card the customer can set their own password.</source>
        <translation>初始服务密码：%1
请现在告知客户，此密码不会再次显示。初始密码不能用于柜台身份核验：客户可凭身份证设置自己的密码。</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Service form: %1</source>
        <translation>业务受理单：%1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Contact mobile</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Identity checked by</source>
        <translation>身份核验方式</translation>
    </message>
    <message>
        <source>What was opened</source>
        <translation>开通内容</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <source>Reason / choice: %1</source>
        <translation>原因/选择：%1</translation>
    </message>
    <message>
        <source>New holder</source>
        <translation>新机主</translation>
    </message>
    <message>
        <source>The customer is under contract (until %1). The clerk has told the customer what the contract says about this change; the customer confirms and goes on.</source>
        <translation>客户处于协议期内（至 %1）。营业员已向客户说明协议对本次变更的约定，客户确认继续办理。</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>办理条件：%1</translation>
    </message>
    <message>
        <source>Procedure: %1</source>
        <translation>办理流程：%1</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>I have read the above and confirm that it is what I asked for.</source>
        <translation>以上内容本人已阅读，确认为本人申请办理的业务。</translation>
    </message>
    <message>
        <source>Present holder&apos;s signature:</source>
        <translation>原机主签字：</translation>
    </message>
    <message>
        <source>New holder&apos;s signature:</source>
        <translation>新机主签字：</translation>
    </message>
    <message>
        <source>Customer&apos;s signature:</source>
        <translation>客户签字：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Clerk (staff no. %1):</source>
        <translation>营业员（工号 %1）：</translation>
    </message>
    <message>
        <source>Branch stamp:</source>
        <translation>营业厅盖章：</translation>
    </message>
    <message>
        <source>Service form %1</source>
        <translation>业务受理单 %1</translation>
    </message>
    <message>
        <source>HallDesk - form %1 - one copy for the customer, one for the branch</source>
        <translation>HallDesk · 受理单 %1 · 一式两份，客户与营业厅各执一份</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>PDF 无法写入：%1</translation>
    </message>
    <message>
        <source>Form no. %1</source>
        <translation>受理单号 %1</translation>
    </message>
    <message>
        <source>Time %1</source>
        <translation>时间 %1</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>窗口 %1</translation>
    </message>
    <message>
        <source>Staff no. %1</source>
        <translation>工号 %1</translation>
    </message>
</context>
<context>
    <name>ServiceHistoryModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Form no.</source>
        <translation>受理单号</translation>
    </message>
</context>
<context>
    <name>ServiceState</name>
    <message>
        <source>Mobile line</source>
        <translation>移动电话</translation>
    </message>
    <message>
        <source>Fixed line</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>Broadband</source>
        <translation>宽带</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>停机</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Open a service</source>
        <translation>开户/新装</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>套餐变更</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>停机（报停）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>复机</translation>
    </message>
    <message>
        <source>Transfer to a new owner</source>
        <translation>过户</translation>
    </message>
    <message>
        <source>Replace SIM card</source>
        <translation>补换卡</translation>
    </message>
    <message>
        <source>Long distance on/off</source>
        <translation>开/停长途</translation>
    </message>
    <message>
        <source>Cancel the service</source>
        <translation>销号/拆机</translation>
    </message>
    <message>
        <source>Change service password</source>
        <translation>修改服务密码</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The language applies to this computer.</source>
        <translation>界面语言仅对本机生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Display language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <source>Lock after idle for:</source>
        <translation>无操作自动锁屏：</translation>
    </message>
    <message>
        <source>Applies to every terminal user of this branch database. Ctrl+L locks at once.</source>
        <translation>对使用本网点数据库的所有人员生效。按 Ctrl+L 可立即锁屏。</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator can change this.</source>
        <translation>仅值班长或系统管理员可以修改此项。</translation>
    </message>
    <message>
        <source>My password</source>
        <translation>我的密码</translation>
    </message>
    <message>
        <source>Change my password...</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <source>Staff no. %1</source>
        <translation>工号 %1</translation>
    </message>
    <message>
        <source>Saved. The new language is used the next time HallDesk starts.</source>
        <translation>已保存。下次启动 HallDesk 时使用新的界面语言。</translation>
    </message>
    <message>
        <source>Saved: the counter locks after %1 minutes without input.</source>
        <translation>已保存：无操作 %1 分钟后自动锁屏。</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>StaffAccountDialog</name>
    <message>
        <source>Add staff member</source>
        <translation>新增员工</translation>
    </message>
    <message>
        <source>3 to 12 letters or digits, e.g. 1003</source>
        <translation>3 至 12 位字母或数字，例如 1003</translation>
    </message>
    <message>
        <source>Staff no.:</source>
        <translation>工号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Initial password (the staff member must change it at the first sign-in):</source>
        <translation>初始密码（员工首次登录时须修改）：</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Set a temporary password for staff no. %1 %2. Tell it to them in person; they must choose their own at the next sign-in. A lock after wrong passwords is lifted too.</source>
        <translation>为工号 %1 %2 设置临时密码。请当面告知本人；其下次登录时须设置自己的密码。因密码错误造成的锁定也将一并解除。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>已锁定至 %1</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>待修改初始密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Add staff member...</source>
        <translation>新增员工…</translation>
    </message>
    <message>
        <source>Reset password...</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Staff no. %1 was added. Give them the initial password in person.</source>
        <translation>已新增工号 %1。请当面将初始密码告知本人。</translation>
    </message>
    <message>
        <source>The password of staff no. %1 was reset.</source>
        <translation>工号 %1 的密码已重置。</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Disable the account of staff no. %1 %2? They can no longer sign in until an administrator enables it again.</source>
        <translation>确定停用工号 %1 %2 的账号吗？停用后，须由系统管理员重新启用才能登录。</translation>
    </message>
    <message>
        <source>The account of staff no. %1 is enabled.</source>
        <translation>工号 %1 的账号已启用。</translation>
    </message>
    <message>
        <source>The account of staff no. %1 is disabled.</source>
        <translation>工号 %1 的账号已停用。</translation>
    </message>
</context>
<context>
    <name>SubscriptionModel</name>
    <message>
        <source>Long distance on</source>
        <translation>长途已开</translation>
    </message>
    <message>
        <source>SIM ...%1</source>
        <translation>SIM 卡尾号 %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>已于 %1 到期</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>协议期</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 %2, %3, %4</source>
        <translation>%1 %2，%3，%4</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Synchronise now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Enrol with headquarters…</source>
        <translation>向总部注册……</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Events sent</source>
        <translation>已发送事件</translation>
    </message>
    <message>
        <source>Recent attempts</source>
        <translation>最近的同步记录</translation>
    </message>
    <message>
        <source>This terminal is not enrolled with headquarters: everything is kept here and nothing is sent.</source>
        <translation>本终端尚未向总部注册：所有数据都保存在本机，不会发送。</translation>
    </message>
    <message>
        <source>Headquarters: %1</source>
        <translation>总部：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Online.&lt;/b&gt;</source>
        <translation>&lt;b&gt;在线。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline&lt;/b&gt;: work goes on, and is sent when the link is back.</source>
        <translation>&lt;b&gt;离线&lt;/b&gt;：业务照常办理，网络恢复后自动发送。</translation>
    </message>
    <message>
        <source>Events waiting to be sent: %1</source>
        <translation>待发送事件：%1</translation>
    </message>
    <message>
        <source>Last successful synchronisation: %1</source>
        <translation>上次成功同步：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>下次尝试：%1</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>HallDesk cannot start</source>
        <translation>HallDesk 无法启动</translation>
    </message>
    <message>
        <source>HallDesk counter terminal for walk-in service halls.</source>
        <translation>HallDesk：营业厅、便民服务中心柜台终端。</translation>
    </message>
    <message>
        <source>The folder holding the branch database (default: %1).</source>
        <translation>存放网点数据库的文件夹（默认：%1）。</translation>
    </message>
    <message>
        <source>The UI language: zh_CN or en (default: the saved choice, else zh_CN).</source>
        <translation>界面语言：zh_CN 或 en（默认：上次保存的选择，否则为 zh_CN）。</translation>
    </message>
    <message>
        <source>Create the demo branch if the database has no staff yet, and print the demo staff numbers and passwords.</source>
        <translation>若数据库中尚无员工，则创建演示网点；并输出演示员工的工号和密码。</translation>
    </message>
</context>
</TS>
