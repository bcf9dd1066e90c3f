<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdjustmentDialog</name>
    <message>
        <source>Void receipt</source>
        <translation>作废收据</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Receipt %1 of %2, %3, paid by %4 (%5). Refunded so far: %6.</source>
        <translation>收据 %1（%2），%3，支付方式：%4（%5）。已退款：%6。</translation>
    </message>
    <message>
        <source>Voiding pays the whole amount back the way it was paid and cancels the receipt. Only payments of today, before the day is closed.</source>
        <translation>作废将按原支付方式退回全部金额并注销该收据。只能作废当天、且日结之前的收款。</translation>
    </message>
    <message>
        <source>A refund pays part or all of the amount back the way it was paid.</source>
        <translation>退款按原支付方式退回部分或全部金额。</translation>
    </message>
    <message>
        <source>Amount to refund (¥)</source>
        <translation>退款金额（元）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Write the reason; it is kept with the record for the audit.</source>
        <translation>请填写原因，原因随记录保存备查。</translation>
    </message>
    <message>
        <source>Void receipt %1 (%2): %3</source>
        <translation>作废收据 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Refund %1 of receipt %2: %3</source>
        <translation>退还收据 %2 的 %1：%3</translation>
    </message>
    <message>
        <source>Void (needs approval)...</source>
        <translation>作废（需审批）...</translation>
    </message>
    <message>
        <source>Refund (needs approval)...</source>
        <translation>退款（需审批）...</translation>
    </message>
</context>
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
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>%1

%2 The approver is recorded with the action.</source>
        <translation>%1

%2审批人将随本次操作一并记录。</translation>
    </message>
    <message>
        <source>Approver&apos;s staff no.</source>
        <translation>审批人工号</translation>
    </message>
    <message>
        <source>Enter the approver&apos;s staff number and password.</source>
        <translation>请输入审批人的工号和密码。</translation>
    </message>
</context>
<context>
    <name>ApprovalRule</name>
    <message>
        <source>Another supervisor or an administrator approves this with their own staff number and password; you cannot approve your own request.</source>
        <translation>由另一位值班长或系统管理员用其本人工号和密码审批；本人提出的申请不能自己审批。</translation>
    </message>
    <message>
        <source>A supervisor approves this with their own staff number and password.</source>
        <translation>由值班长用其本人工号和密码审批。</translation>
    </message>
</context>
<context>
    <name>CallAnnouncer</name>
    <message>
        <source>Number %1, please come to window %2, %3.</source>
        <translation>请 %1 号到 %2 号窗口，%3 办理。</translation>
    </message>
</context>
<context>
    <name>CallBanner</name>
    <message>
        <source>Please wait for your number to be called</source>
        <translation>请留意叫号，耐心等候</translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation>请 %1 号</translation>
    </message>
    <message>
        <source>please come to window %1 %2</source>
        <translation>到 %1 %2 办理</translation>
    </message>
</context>
<context>
    <name>CallbackModel</name>
    <message>
        <source>Ticket %1 (%2)</source>
        <translation>号票 %1（%2）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应回访日期</translation>
    </message>
    <message>
        <source>Ticket / case</source>
        <translation>号票 / 办件</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Try again from</source>
        <translation>再次拨打时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>服务人员</translation>
    </message>
</context>
<context>
    <name>CallbackPage</name>
    <message>
        <source>Show finished callbacks</source>
        <translation>显示已完成的回访</translation>
    </message>
    <message>
        <source>Show number</source>
        <translation>显示号码</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>Overdue callbacks are shown in red: a bad rating is to be called back within one working day.</source>
        <translation>逾期的回访以红色显示：差评须在一个工作日内回访。</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>What the customer said, what was agreed</source>
        <translation>客户反映的情况、约定的处理办法</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>回访结果：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>Choose a callback from the list.</source>
        <translation>请在左侧列表中选择一条回访。</translation>
    </message>
    <message>
        <source>Customer not registered</source>
        <translation>客户未登记</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <source>Ticket %1 on %2, served by staff no. %3 at window %4</source>
        <translation>号票 %1（%2），%4 窗口工号 %3 办理</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>办件 %1</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>评价：%1</translation>
    </message>
    <message>
        <source>Due on %1%2</source>
        <translation>应于 %1 前回访%2</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>已拨打 %1 次</translation>
    </message>
    <message>
        <source>Not reached last time: try again from %1</source>
        <translation>上次未接通：请于 %1 后再拨</translation>
    </message>
    <message>
        <source>Finished on %1: %2</source>
        <translation>%1 已完成：%2</translation>
    </message>
    <message>
        <source>Notes:
%1</source>
        <translation>记录：
%1</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>无号码</translation>
    </message>
    <message>
        <source>Callback finished: %1.</source>
        <translation>回访已完成：%1。</translation>
    </message>
    <message>
        <source>Not reached (attempt %1). Try again from %2.</source>
        <translation>未接通（第 %1 次），请于 %2 后再拨。</translation>
    </message>
</context>
<context>
    <name>CallbackService</name>
    <message>
        <source>Problem solved</source>
        <translation>问题已解决</translation>
    </message>
    <message>
        <source>Explained, customer accepts</source>
        <translation>已解释说明，客户认可</translation>
    </message>
    <message>
        <source>Still dissatisfied, passed on</source>
        <translation>仍不满意，已转办</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>多次联系不上</translation>
    </message>
    <message>
        <source>Bad rating (%1)</source>
        <translation>差评（%1分）</translation>
    </message>
</context>
<context>
    <name>CallingStrip</name>
    <message>
        <source>Take over window</source>
        <translation>接管窗口</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Transfer...</source>
        <translation>转移…</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>暂挂</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <source>End service</source>
        <translation>结束服务</translation>
    </message>
    <message>
        <source>Show the rating pad</source>
        <translation>打开评价器</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>No window</source>
        <translation>未选窗口</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>窗口 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>等候 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume (%1) %2</source>
        <translation>恢复（%1）%2</translation>
    </message>
    <message>
        <source>Sign in at a window, or take one over from &quot;More&quot;.</source>
        <translation>请在登录时选择窗口，或在“更多”中接管窗口。</translation>
    </message>
    <message>
        <source>Staff no. %1 works window %2 today. Take it over from &quot;More&quot; if you are covering.</source>
        <translation>工号 %1 今天值守 %2 窗口。如需顶岗，请在“更多”中接管。</translation>
    </message>
    <message>
        <source>Nobody at the window</source>
        <translation>窗口空闲</translation>
    </message>
    <message numerus="yes">
        <source>%n parked</source>
        <translation>
            <numerusform>暂挂 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Called %1 to window %2.</source>
        <translation>已呼叫 %1 到 %2 窗口。</translation>
    </message>
    <message numerus="yes">
        <source>Called %1 again (%n calls).</source>
        <translation>
            <numerusform>已重呼 %1（共 %n 次）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not come. Call the next one with %2.</source>
        <translation>%1 过号。按 %2 呼叫下一位。</translation>
    </message>
    <message>
        <source>%1 now waits for %2.</source>
        <translation>%1 已转到 %2 等候。</translation>
    </message>
    <message>
        <source>%1 now waits for window %2.</source>
        <translation>%1 已转到 %2 窗口等候。</translation>
    </message>
    <message>
        <source>%1 is parked. Resume it when the customer is back.</source>
        <translation>%1 已暂挂，客户回来后请恢复。</translation>
    </message>
    <message>
        <source>%1 is back at the window.</source>
        <translation>%1 已回到窗口继续办理。</translation>
    </message>
    <message>
        <source>Service of %1 ended.</source>
        <translation>%1 办理结束。</translation>
    </message>
    <message>
        <source>Service of %1 ended (cases %2).</source>
        <translation>%1 办理结束（办件 %2）。</translation>
    </message>
    <message>
        <source>You now work window %1.</source>
        <translation>您已接管 %1 窗口。</translation>
    </message>
    <message>
        <source>%1 (called at %2)</source>
        <translation>%1（%2 叫号）</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>staff no. %1</source>
        <translation>工号 %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>No other window of yours</source>
        <translation>没有您可以接管的其他窗口</translation>
    </message>
    <message>
        <source>Close ticket %1 as &quot;did not come&quot;?</source>
        <translation>将 %1 按过号处理？</translation>
    </message>
    <message>
        <source>The ticket leaves the queue: if the customer comes after all, they take a new one.</source>
        <translation>该号将离开队列：顾客如果稍后到来，需要重新取号。</translation>
    </message>
    <message>
        <source>Close the ticket</source>
        <translation>按过号处理</translation>
    </message>
    <message>
        <source>Keep it at the window</source>
        <translation>保留在窗口</translation>
    </message>
</context>
<context>
    <name>CaseDeadline</name>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>CaseDetailDialog</name>
    <message>
        <source>Case</source>
        <translation>办件信息</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>办件 %1</translation>
    </message>
    <message>
        <source>%1 (extended)</source>
        <translation>%1（已延期）</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Due %1 · %2</source>
        <translation>办结期限 %1 · %2</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
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
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>By letter or e-mail</source>
        <translation>来信或电子邮件</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>来源方式</translation>
    </message>
    <message>
        <source>First responder</source>
        <translation>首问责任人</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>办理方式</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Materials received</source>
        <translation>已收材料</translation>
    </message>
    <message>
        <source>Missing (one-time notice)</source>
        <translation>一次性告知补正材料</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>申请表信息</translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation>反映内容</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批办领导</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>承办科室</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复意见</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>延期</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) from %1, approved by %2: %3</source>
        <translation>
            <numerusform>自 %1 起延长 %n 个工作日，批准人 %2：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>上报至</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>上级决定</translation>
    </message>
    <message>
        <source>Refusal reason</source>
        <translation>不予受理理由</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>late</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <source>No further steps: the case is closed.</source>
        <translation>没有后续步骤：本件已办结。</translation>
    </message>
    <message>
        <source>Print or save as PDF</source>
        <translation>打印或保存为 PDF</translation>
    </message>
    <message>
        <source>Nothing to print yet.</source>
        <translation>暂无可打印的文书。</translation>
    </message>
    <message>
        <source>Accept case %1 for %2. It is to be completed by %3 (%4); the acceptance receipt is printed next.</source>
        <translation>受理办件 %1（%2）。办结期限为 %3（%4），接下来打印受理回执。</translation>
    </message>
    <message>
        <source>Materials brought now</source>
        <translation>本次补交的材料</translation>
    </message>
    <message>
        <source>Tick everything the applicant still has to bring. All of it goes into ONE one-time notice, printed next; nothing may be asked for later.</source>
        <translation>勾选申请人尚需补交的全部材料。所有材料写入同一份一次性告知书（接下来打印），此后不得再要求补交其他材料。</translation>
    </message>
    <message>
        <source>Missing materials</source>
        <translation>需补正材料</translation>
    </message>
    <message>
        <source>Also missing</source>
        <translation>其他需补交</translation>
    </message>
    <message>
        <source>anything not in the list, e.g. a certificate of the village</source>
        <translation>清单之外的材料，如村委会证明</translation>
    </message>
    <message>
        <source>The applicant receives the reason in writing (notice of refusal, printed next).</source>
        <translation>不予受理的理由书面告知申请人（接下来打印不予受理通知书）。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>e.g. the applicant&apos;s household is not registered in this town</source>
        <translation>如：申请人户籍不在本镇</translation>
    </message>
    <message>
        <source>Forward the case to the higher level that decides it. The letter of agency is printed next for the applicant to sign; paper originals follow.</source>
        <translation>将办件上报有审批权的上级部门。接下来打印委托代理书供申请人签字；纸质原件随后报送。</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>上报至</translation>
    </message>
    <message>
        <source>County government service centre</source>
        <translation>县政务服务中心</translation>
    </message>
    <message>
        <source>Hand over the result of case %1 today: on time (due %2).</source>
        <translation>今日办结办件 %1：按时办结（期限 %2）。</translation>
    </message>
    <message>
        <source>Hand over the result of case %1 today: LATE, it was due %2.</source>
        <translation>今日办结办件 %1：已超期，办结期限为 %2。</translation>
    </message>
    <message>
        <source>How did the result reach the applicant?</source>
        <translation>办理结果以何种方式送达申请人？</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>Collected at the counter</source>
        <translation>窗口领取</translation>
    </message>
    <message>
        <source>Sent by post</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <source>Delivered to the home</source>
        <translation>送达上门</translation>
    </message>
    <message>
        <source>A case may be extended once, with a supervisor&apos;s approval. The applicant is told the reason and the new date (notice of extension, printed next). Now due %1.</source>
        <translation>每件只能延期一次，须经值班长批准；延期理由和新的办结日期书面告知申请人（接下来打印延期办理告知书）。当前办结期限：%1。</translation>
    </message>
    <message>
        <source>Extra working days</source>
        <translation>延长工作日</translation>
    </message>
    <message>
        <source>e.g. an on-site inspection by the county office is needed</source>
        <translation>如：需县级部门现场勘查</translation>
    </message>
    <message>
        <source>Write the reason; the applicant receives it in writing.</source>
        <translation>请填写理由，将书面告知申请人。</translation>
    </message>
    <message numerus="yes">
        <source>Extend case %1 by %n working day(s).</source>
        <translation>
            <numerusform>办件 %1 延期 %n 个工作日。</numerusform>
        </translation>
    </message>
    <message>
        <source>A leader takes up the %1 and decides who handles it.</source>
        <translation>由领导批办该%1，并确定承办单位。</translation>
    </message>
    <message>
        <source>Take up case %1.</source>
        <translation>批办 %1。</translation>
    </message>
    <message>
        <source>Hand it to the section that deals with it.</source>
        <translation>交由负责的科室办理。</translation>
    </message>
    <message>
        <source>What did the section find and do?</source>
        <translation>承办科室的调查和处理结果：</translation>
    </message>
    <message>
        <source>The answer given to the person (reply due %1).</source>
        <translation>答复反映人的意见（答复期限 %1）。</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>答复方式</translation>
    </message>
    <message>
        <source>Show the rating pad to the applicant: one rating per case</source>
        <translation>请申请人在评价器上评价：每件只评价一次</translation>
    </message>
    <message>
        <source>Take payment (&amp;Y)</source>
        <translation>收费 (&amp;Y)</translation>
    </message>
    <message>
        <source>Rating pad (&amp;G)</source>
        <translation>评价器 (&amp;G)</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>Acceptance receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <source>One-time notice of missing materials</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>Notice of refusal</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <source>Letter of agency</source>
        <translation>委托代理书</translation>
    </message>
    <message>
        <source>Notice of extension</source>
        <translation>延期办理告知书</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Enquiries and complaints: %1</source>
        <translation>咨询投诉：%1</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>受理窗口</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>办理方式</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>To be completed by</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <source>Materials received</source>
        <translation>已收材料</translation>
    </message>
    <message>
        <source>Your application has been accepted. The result will be ready by %1 at the latest. Keep this receipt and quote the case number %2 when you ask about progress or collect the result at window %3.</source>
        <translation>您的申请已受理，最迟于%1办结。请妥善保管本回执，查询办理进度或到%3领取办理结果时请出示办件编号%2。</translation>
    </message>
    <message>
        <source>Accepted by (staff no. %1)</source>
        <translation>受理人（工号%1）</translation>
    </message>
    <message>
        <source>Applicant&apos;s signature</source>
        <translation>申请人签字</translation>
    </message>
    <message>
        <source>%1: your application for %2 (case no. %3) cannot be accepted yet because materials are missing. Under the one-time notification rule, everything you still need to bring is listed here at once:</source>
        <translation>%1：您申请办理的%2（办件编号%3），因申请材料不齐全，暂不能受理。根据一次性告知制度，现将需补交的全部材料一次性告知如下：</translation>
    </message>
    <message>
        <source>Bring all of the above to window %1. The application is accepted once they are complete; nothing beyond this list will be asked of you.</source>
        <translation>请将上述材料补齐后到%1办理。材料齐全即予受理，不再要求您提交本清单以外的材料。</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>办理依据：%1</translation>
    </message>
    <message>
        <source>Notified by (staff no. %1)</source>
        <translation>告知人（工号%1）</translation>
    </message>
    <message>
        <source>Received by the applicant</source>
        <translation>申请人签收</translation>
    </message>
    <message>
        <source>%1: your application for %2 (case no. %3), registered on %4, is not accepted, for this reason:</source>
        <translation>%1：您于%4申请办理的%2（办件编号%3），经审查，决定不予受理，理由如下：</translation>
    </message>
    <message>
        <source>If you disagree with this decision, you may raise it through: %1</source>
        <translation>如对本决定有异议，可通过以下渠道反映：%1</translation>
    </message>
    <message>
        <source>Issued by (staff no. %1)</source>
        <translation>经办人（工号%1）</translation>
    </message>
    <message>
        <source>Principal (applicant)</source>
        <translation>委托人（申请人）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>受托人</translation>
    </message>
    <message>
        <source>%1, handled by %2</source>
        <translation>%1，经办人 %2</translation>
    </message>
    <message>
        <source>Submitted to</source>
        <translation>报送单位</translation>
    </message>
    <message>
        <source>Materials handed over</source>
        <translation>递交材料</translation>
    </message>
    <message>
        <source>The principal authorises the agent to apply on their behalf to %1 for %2, to hand over the materials listed above and to receive the decision. The authority runs from %3 until the matter is concluded. Paper originals follow separately.</source>
        <translation>委托人委托受托人代为向%1申请办理%2，代为递交上列材料并代为领取审批结果。委托期限自%3起至该事项办结之日止。纸质原件另行报送。</translation>
    </message>
    <message>
        <source>Principal&apos;s signature</source>
        <translation>委托人签字</translation>
    </message>
    <message>
        <source>Agent&apos;s seal and signature</source>
        <translation>受托人盖章及经办人签字</translation>
    </message>
    <message>
        <source>%1: your application for %2 (case no. %3), accepted on %4, was to be completed by %5.</source>
        <translation>%1：您于%4申请办理并已受理的%2（办件编号%3），原承诺办结日期为%5。</translation>
    </message>
    <message>
        <source>Reason for the extension: %1</source>
        <translation>延期理由：%1</translation>
    </message>
    <message numerus="yes">
        <source>With the approval of %1, the time limit is extended by %n working day(s); the matter will now be completed by %2.</source>
        <translation>
            <numerusform>经%1批准，办理期限延长%n个工作日，办结日期延至%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the only extension of this matter. We apologise for the delay.</source>
        <translation>本事项仅延期一次。给您带来不便，敬请谅解。</translation>
    </message>
    <message>
        <source>%1 · printed %2 · staff no. %3</source>
        <translation>%1 · 打印日期 %2 · 工号 %3</translation>
    </message>
    <message>
        <source>Case no. %1</source>
        <translation>办件编号：%1</translation>
    </message>
</context>
<context>
    <name>CaseHistoryModel</name>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>One-time notice</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Decision received</source>
        <translation>收到上级决定</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>Approved for handling</source>
        <translation>领导批办</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>Result reported</source>
        <translation>报告结果</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Payment voided</source>
        <translation>收费作废</translation>
    </message>
    <message>
        <source>Payment refunded</source>
        <translation>退费</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>by letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Came %1 to window %2; first responder %3</source>
        <translation>%1，窗口 %2，首问责任人 %3</translation>
    </message>
    <message>
        <source>; reply due %1</source>
        <translation>；答复期限 %1</translation>
    </message>
    <message numerus="yes">
        <source>Due %1 (%n working day(s))</source>
        <translation>
            <numerusform>办结期限 %1（%n 个工作日）</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>需补正：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>决定：%1</translation>
    </message>
    <message>
        <source>Decision: %1 (%2)</source>
        <translation>决定：%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) more, now due %1; approved by %2; reason: %3</source>
        <translation>
            <numerusform>延长 %n 个工作日，期限改为 %1；批准人 %2；理由：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <source>Late (after the due date)</source>
        <translation>超期办结</translation>
    </message>
    <message>
        <source>Sent by post</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <source>Delivered to the home</source>
        <translation>送达上门</translation>
    </message>
    <message>
        <source>Collected at the counter</source>
        <translation>窗口领取</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>批办人 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>late</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Score %1 of 5</source>
        <translation>评分 %1/5</translation>
    </message>
    <message>
        <source>Receipt %1, %2</source>
        <translation>收据 %1，%2</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>%1 (extended)</source>
        <translation>%1（已延期）</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>First responder</source>
        <translation>首问人</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时限状态</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>New case...</source>
        <translation>新建办件…</translation>
    </message>
    <message>
        <source>Register a case, complaint or petition (Ctrl+N)</source>
        <translation>登记办件、投诉或信访（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open the selected case (Enter)</source>
        <translation>打开所选办件（回车）</translation>
    </message>
    <message>
        <source>Case number (Ctrl+F)</source>
        <translation>办件编号（Ctrl+F）</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Not yet finished</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any time limit</source>
        <translation>全部时限</translation>
    </message>
    <message>
        <source>Due soon or overdue</source>
        <translation>即将到期或逾期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>All windows</source>
        <translation>全部窗口</translation>
    </message>
    <message>
        <source>All matters</source>
        <translation>全部事项</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>本人（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日内到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) shown; scroll down for more.</source>
        <translation>
            <numerusform>已显示 %n 件，向下滚动查看更多。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s).</source>
        <translation>
            <numerusform>共 %n 件。</numerusform>
        </translation>
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
    <message>
        <source>Decision received</source>
        <translation>上级已决定</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Approved for handling</source>
        <translation>已批办</translation>
    </message>
    <message>
        <source>Assigned to a section</source>
        <translation>已交办</translation>
    </message>
    <message>
        <source>Result reported</source>
        <translation>已报结果</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>信访</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Request missing materials</source>
        <translation>一次性告知补正</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Forward to a higher level</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>登记上级决定</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Deliver the result</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>Extend the time limit</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>Approve handling</source>
        <translation>领导批办</translation>
    </message>
    <message>
        <source>Assign to a section</source>
        <translation>交办科室</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>登记办理结果</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
</context>
<context>
    <name>CashPage</name>
    <message>
        <source>Open shift...</source>
        <translation>开班...</translation>
    </message>
    <message>
        <source>Close shift...</source>
        <translation>交班...</translation>
    </message>
    <message>
        <source>New payment...</source>
        <translation>新收款...</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>打印收据</translation>
    </message>
    <message>
        <source>Void...</source>
        <translation>作废...</translation>
    </message>
    <message>
        <source>Refund...</source>
        <translation>退款...</translation>
    </message>
    <message>
        <source>Close the day...</source>
        <translation>日结...</translation>
    </message>
    <message>
        <source>On the 80 mm roll...</source>
        <translation>80毫米卷纸...</translation>
    </message>
    <message>
        <source>On A4...</source>
        <translation>A4纸...</translation>
    </message>
    <message>
        <source>As PDF (80 mm roll)...</source>
        <translation>存为PDF（80毫米卷纸）...</translation>
    </message>
    <message>
        <source>As PDF (A4)...</source>
        <translation>存为PDF（A4）...</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>营业日</translation>
    </message>
    <message>
        <source>No shift open at window %1. Open a shift (count the float) before taking money.</source>
        <translation>窗口 %1 未开班。收款前请先开班（清点备用金）。</translation>
    </message>
    <message>
        <source>Your shift of %1 is still open. Close it, then open the shift for today.</source>
        <translation>您 %1 的班次仍未交班。请先交班，再开今天的班。</translation>
    </message>
    <message>
        <source>Shift open at window %1 since %2 · float %3 · cash expected in the drawer %4 · bank card %5 · mobile QR %6</source>
        <translation>窗口 %1 自 %2 开班 · 备用金 %3 · 钱箱应有现金 %4 · 银行卡 %5 · 扫码 %6</translation>
    </message>
    <message>
        <source>%1 payments · collected %2 (cash %3, bank card %4, mobile QR %5) · waived %6</source>
        <translation>收款 %1 笔 · 实收 %2（现金 %3，银行卡 %4，扫码 %5）· 减免 %6</translation>
    </message>
    <message>
        <source>day closed</source>
        <translation>已日结</translation>
    </message>
    <message>
        <source>day open</source>
        <translation>未日结</translation>
    </message>
    <message>
        <source>Shift opened with a float of %1.</source>
        <translation>已开班，备用金 %1。</translation>
    </message>
    <message>
        <source>Shift closed: expected %1, counted %2, variance %3.</source>
        <translation>已交班：应有 %1，实点 %2，差额 %3。</translation>
    </message>
    <message>
        <source>Payment %1 taken.</source>
        <translation>已收款，收据 %1。</translation>
    </message>
    <message>
        <source>%1 of receipt %2 refunded, approved by staff no. %3.</source>
        <translation>收据 %2 已退款 %1，审批人工号 %3。</translation>
    </message>
    <message>
        <source>Receipt %1 voided, approved by staff no. %2.</source>
        <translation>收据 %1 已作废，审批人工号 %2。</translation>
    </message>
    <message>
        <source>Receipt %1 sent to printing.</source>
        <translation>收据 %1 已送打印。</translation>
    </message>
    <message>
        <source>Receipt %1 saved as %2.</source>
        <translation>收据 %1 已保存为 %2。</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>将收据存为PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print shift slip...</source>
        <translation>打印交班单...</translation>
    </message>
</context>
<context>
    <name>CashSheetDocument</name>
    <message>
        <source>Cash sheet %1</source>
        <translation>营业款日结单 %1</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Daily cash sheet</source>
        <translation>营业款日结单</translation>
    </message>
    <message>
        <source>%1 (branch %2)</source>
        <translation>%1（网点 %2）</translation>
    </message>
    <message>
        <source>Business day %1</source>
        <translation>营业日 %1</translation>
    </message>
    <message>
        <source>Not closed yet: preview</source>
        <translation>尚未日结：预览</translation>
    </message>
    <message>
        <source>Closed by staff no. %1 at %2</source>
        <translation>日结人工号 %1，时间 %2</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>减免</translation>
    </message>
    <message>
        <source>Cash variance</source>
        <translation>现金差额</translation>
    </message>
    <message>
        <source>By method</source>
        <translation>按支付方式</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>All</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation>按营业员</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>By fee item</source>
        <translation>按收费项目</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Of which waived</source>
        <translation>其中减免</translation>
    </message>
    <message>
        <source>Shifts and drawers</source>
        <translation>班次与钱箱</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应有</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未交班</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>交款人</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>复核人</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Immediate</source>
        <translation>即办件</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺件</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>上报件</translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation>当场办结</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>受理窗口</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>办件类型</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>承诺时限</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Print service guide...</source>
        <translation>打印办事指南…</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Find a matter by name, code or department (Ctrl+F)</source>
        <translation>按名称、编码或部门查找事项（Ctrl+F）</translation>
    </message>
    <message>
        <source>Print the service guide of the selected matter (Ctrl+P)</source>
        <translation>打印所选事项的办事指南（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save service guide</source>
        <translation>保存办事指南</translation>
    </message>
    <message>
        <source>Service guide %1.pdf</source>
        <translation>办事指南 %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>PDF 文件无法写入：%1</translation>
    </message>
</context>
<context>
    <name>CategoryLoadModel</name>
    <message>
        <source>Category</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最长等候</translation>
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
    <name>CloseShiftDialog</name>
    <message>
        <source>Close shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Shift of staff no. %1 at window %2, opened %3. Count the drawer by denomination.</source>
        <translation>工号 %1 在窗口 %2 的班次，%3 开班。请按面额清点钱箱。</translation>
    </message>
    <message>
        <source>Float %1 · cash taken %2 · cash paid back %3 · bank card %4 · mobile QR %5 · waived %6 · %7 payments</source>
        <translation>备用金 %1 · 现金收款 %2 · 现金退付 %3 · 银行卡 %4 · 扫码 %5 · 减免 %6 · 共 %7 笔</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>现金清点</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>钱箱应有</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>0.00: everything is handed in</source>
        <translation>0.00：全部上交</translation>
    </message>
    <message>
        <source>Left in the drawer for the next clerk (¥)</source>
        <translation>留给下一班的备用金（元）</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>暂不交接</translation>
    </message>
    <message>
        <source>Hand over to</source>
        <translation>交接给</translation>
    </message>
    <message>
        <source>Required when the count differs from what is expected</source>
        <translation>实点与应有不符时必填</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>%1 (balanced)</source>
        <translation>%1（账款相符）</translation>
    </message>
    <message>
        <source>%1 (short)</source>
        <translation>%1（短款）</translation>
    </message>
    <message>
        <source>%1 (over)</source>
        <translation>%1（长款）</translation>
    </message>
    <message>
        <source>You close this shift for staff no. %1, who is away: count the drawer before a witness, another staff member, and choose them below.</source>
        <translation>工号 %1 不在岗，由您代为交班：请在另一名工作人员见证下清点钱箱，并在下方选择见证人。</translation>
    </message>
    <message>
        <source>(choose the witness)</source>
        <translation>（选择见证人）</translation>
    </message>
    <message>
        <source>Witness of the count</source>
        <translation>清点见证人</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>The customers registered last. Type or read an ID card to search.</source>
        <translation>最近登记的客户。输入内容或刷身份证即可查询。</translation>
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
        <source>Partner staff may not open services: ask a clerk of the hall.</source>
        <translation>进驻人员不能办理开户：请由营业厅营业员办理。</translation>
    </message>
    <message>
        <source>%1 is cancelled: nothing more can be changed. Choose another service.</source>
        <translation>%1 已销号，不能再办理变更。请选择其他业务。</translation>
    </message>
    <message>
        <source>Register a customer (Ctrl+N)</source>
        <translation>登记新客户 (Ctrl+N)</translation>
    </message>
    <message>
        <source>ID number, mobile, customer no. or name - or read the ID card (Ctrl+F)</source>
        <translation>身份证号、手机号、客户编号或姓名——或直接刷身份证 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Register a new customer with their ID card (Ctrl+N)</source>
        <translation>凭身份证登记新客户 (Ctrl+N)</translation>
    </message>
    <message>
        <source>No customer has the ID number %1. Press Ctrl+N to register them.</source>
        <translation>没有证件号码为 %1 的客户。按 Ctrl+N 登记该客户。</translation>
    </message>
    <message>
        <source>No customer found for &quot;%1&quot;. Check what you typed, or press Ctrl+N to register a new customer.</source>
        <translation>未找到“%1”。请核对输入，或按 Ctrl+N 登记新客户。</translation>
    </message>
    <message>
        <source>Type at least four digits: the last four of a mobile, or the start of an ID number.</source>
        <translation>请至少输入四位数字：手机号后四位，或身份证号码的前几位。</translation>
    </message>
    <message>
        <source>The first %1 customers that match: type more digits to narrow the list.</source>
        <translation>显示前 %1 位相符的客户：多输入几位数字可缩小范围。</translation>
    </message>
    <message>
        <source>The catalogue has no top-up or bill payment matter: register the case with Ctrl+R.</source>
        <translation>事项目录中没有话费充值或缴费事项：请按 Ctrl+R 登记办件。</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
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
        <source>Edit customer (Ctrl+E)</source>
        <translation>修改客户资料 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Correct the customer&apos;s details (Ctrl+E)</source>
        <translation>修改客户资料 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Open a service (Ctrl+O)</source>
        <translation>开户/新装 (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open a new line or account for this customer (Ctrl+O)</source>
        <translation>为该客户开通新号码或宽带账号 (Ctrl+O)</translation>
    </message>
    <message>
        <source>Change the service (Ctrl+M)</source>
        <translation>业务变更 (Ctrl+M)</translation>
    </message>
    <message>
        <source>Plan, suspend, resume, transfer, SIM, long distance, password, cancel (Ctrl+M)</source>
        <translation>套餐变更、停机、复机、过户、补换卡、长途、改密码、销号 (Ctrl+M)</translation>
    </message>
    <message>
        <source>New case (Ctrl+R)</source>
        <translation>新办件 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Register a case for this customer (Ctrl+R)</source>
        <translation>为该客户登记办件 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Read the ID card, or type an ID number, mobile, customer number or name into the search box (Ctrl+F).

Ctrl+N registers a new customer.</source>
        <translation>刷身份证，或在查询框（Ctrl+F）输入身份证号、手机号、客户编号或姓名。

按 Ctrl+N 登记新客户。</translation>
    </message>
    <message>
        <source>Top-up / pay a bill (F10)</source>
        <translation>缴费/充值 (F10)</translation>
    </message>
    <message>
        <source>Top up or pay the bill of the customer&apos;s mobile: the number is filled in, type the amount, Enter registers and takes the payment (F10)</source>
        <translation>为客户的手机缴费或充值：号码已填好，输入金额，按回车登记并收款 (F10)</translation>
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
        <source>Open %1 instead</source>
        <translation>改为打开 %1</translation>
    </message>
    <message>
        <source>Open the other customer</source>
        <translation>打开另一位客户</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>%1, customer %2, green channel</source>
        <translation>%1，客户编号 %2，绿色通道</translation>
    </message>
    <message>
        <source>%1, customer %2</source>
        <translation>%1，客户编号 %2</translation>
    </message>
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
</context>
<context>
    <name>DayCloseDialog</name>
    <message>
        <source>Close the day</source>
        <translation>确认日结</translation>
    </message>
    <message>
        <source>Print cash sheet...</source>
        <translation>打印日结单...</translation>
    </message>
    <message>
        <source>Save cash sheet as PDF...</source>
        <translation>日结单存为PDF...</translation>
    </message>
    <message>
        <source>Day close %1</source>
        <translation>日结 %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Save cash sheet as PDF</source>
        <translation>将日结单存为PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The business day %1 is closed. Print the cash sheet and hand the takings over with it.</source>
        <translation>营业日 %1 已日结。请打印日结单，随营业款一并交接。</translation>
    </message>
    <message>
        <source>%1 shifts are still open: each clerk closes their shift before the day can be closed.</source>
        <translation>还有 %1 个班次未交班：各营业员交班后才能日结。</translation>
    </message>
    <message>
        <source>Check the figures. Closing the day locks it: nothing more can be dated to %1.</source>
        <translation>请核对各项数字。日结后该日锁定，不能再记入 %1 的任何业务。</translation>
    </message>
    <message>
        <source>The customers still in the hall have been told: close the day anyway</source>
        <translation>已告知厅内仍在等候的群众：仍然日结</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) still waiting: call them or tell the customers when to come back.</source>
        <translation>
            <numerusform>还有 %n 个号在等候：请叫号，或告知群众何时再来。</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers are still being served: %1. Let the windows finish first.</source>
        <translation>仍有群众正在办理：%1。请等窗口办完。</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) still open: each clerk counts their drawer and closes their shift; for a clerk who is away, close it here with a witness.</source>
        <translation>
            <numerusform>还有 %n 个班次未交班：请各窗口人员清点钱箱并交班；人员不在岗的，在此由见证人见证代为交班。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the shift of staff no. %1 at %2...</source>
        <translation>代工号 %1（%2）交班...</translation>
    </message>
    <message>
        <source>Customers are still in the hall. Serve them or tell them when to come back, then confirm and close the day.</source>
        <translation>厅内仍有群众。请办理完毕或告知其何时再来，然后确认并日结。</translation>
    </message>
</context>
<context>
    <name>EnquiryDialog</name>
    <message>
        <source>Log a phone enquiry</source>
        <translation>电话咨询登记</translation>
    </message>
    <message>
        <source>village, company or office (optional)</source>
        <translation>村组、企业或单位（可不填）</translation>
    </message>
    <message>
        <source>e.g. 13800138000 or 0816-5621234</source>
        <translation>如 13800138000 或 0816-5621234</translation>
    </message>
    <message>
        <source>Answered at once by staff no. %1</source>
        <translation>已由工号 %1 当场答复</translation>
    </message>
    <message>
        <source>&amp;Caller</source>
        <translation>来电人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>Call &amp;back on</source>
        <translation>回电号码(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Enquiry</source>
        <translation>咨询内容(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Passed to</source>
        <translation>转交(&amp;P)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>First-inquiry responsibility: note who called and pass the matter on, or answer it yourself.</source>
        <translation>首问负责：记下来电人信息，转交有关窗口或当场答复。</translation>
    </message>
</context>
<context>
    <name>EnquiryModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>咨询内容</translation>
    </message>
    <message>
        <source>Passed to</source>
        <translation>转交</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>接听人</translation>
    </message>
</context>
<context>
    <name>EnquiryPage</name>
    <message>
        <source>Log phone enquiry...</source>
        <translation>登记电话咨询…</translation>
    </message>
    <message>
        <source>Note down a call (Ctrl+N)</source>
        <translation>登记一次来电（Ctrl+N）</translation>
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
        <source>The day is closed by a supervisor signed in with their staff number.</source>
        <translation>日结须由值班长以本人工号登录后办理。</translation>
    </message>
    <message>
        <source>The business day %1 has not ended yet: only today or an earlier day can be closed.</source>
        <translation>营业日 %1 尚未到来：只能日结今天或之前的营业日。</translation>
    </message>
    <message>
        <source>The business day %1 was already closed by staff %2 at %3.</source>
        <translation>营业日 %1 已由工号 %2 于 %3 日结。</translation>
    </message>
    <message>
        <source>The day cannot be closed while shifts are open: %1. Each clerk counts their drawer and closes their shift first.</source>
        <translation>仍有班次未交班，不能日结：%1。请各营业员先清点钱箱并交班。</translation>
    </message>
    <message>
        <source>There is no receipt %1. Check the number printed on the receipt.</source>
        <translation>没有收据 %1。请核对收据上印的编号。</translation>
    </message>
    <message>
        <source>Money is taken by a staff member signed in with their staff number. Sign in at the counter.</source>
        <translation>收款须由以本人工号登录的工作人员办理。请在柜台登录。</translation>
    </message>
    <message>
        <source>Write the reason (at most 500 characters); it is kept with the record for the audit.</source>
        <translation>请填写原因（不超过500字），原因随记录保存备查。</translation>
    </message>
    <message>
        <source>This needs a supervisor&apos;s approval. Ask a supervisor to enter their staff number and password.</source>
        <translation>此操作需要值班长审批。请值班长输入本人工号和密码。</translation>
    </message>
    <message>
        <source>The payment form is incomplete. Close it and open it again.</source>
        <translation>收款单不完整。请关闭后重新打开。</translation>
    </message>
    <message>
        <source>Say what the payment is for: a case, a service number or a customer.</source>
        <translation>请注明收款对象：办件、业务号码或客户。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service number. Type the phone, broadband or account number without spaces.</source>
        <translation>“%1”不是有效的业务号码。请输入不含空格的电话、宽带或账户号码。</translation>
    </message>
    <message>
        <source>The quantity %1 for fee item %2 is not possible. Type a whole number from 1 to 999.</source>
        <translation>收费项目 %2 的数量 %1 不正确。请输入1到999之间的整数。</translation>
    </message>
    <message>
        <source>Add at least one fee item from the catalogue to the payment.</source>
        <translation>请至少添加一项目录中的收费项目。</translation>
    </message>
    <message>
        <source>A receipt holds at most 20 fee items. Take the rest as a second payment.</source>
        <translation>一张收据最多20个收费项目。其余项目请另开一笔收款。</translation>
    </message>
    <message>
        <source>Type the reference of the card or QR payment (the trace or transaction number on the terminal&apos;s slip or the phone).</source>
        <translation>请输入银行卡或扫码支付的参考号（终端签购单或手机上的流水号/交易号）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payment reference: type the 4 to 40 letters and digits from the terminal&apos;s slip.</source>
        <translation>“%1”不是有效的支付参考号：请输入签购单上4到40位的字母和数字。</translation>
    </message>
    <message>
        <source>This payment was already taken at %1 as receipt %2. Do not take the money again: reprint that receipt if it is needed.</source>
        <translation>这笔款已于 %1 收取，收据 %2。请勿重复收款；如需要，请补打该收据。</translation>
    </message>
    <message>
        <source>Case %1 was refused: nothing is charged for it.</source>
        <translation>办件 %1 已不予受理，不收取任何费用。</translation>
    </message>
    <message>
        <source>Case %1 is already paid (receipt %2, %3). Do not take the money again: reprint that receipt if it is needed.</source>
        <translation>办件 %1 已缴费（收据 %2，%3）。请勿重复收款；如需要，请补打该收据。</translation>
    </message>
    <message>
        <source>The customer of this payment is not registered. Look the customer up again.</source>
        <translation>这笔收款的客户未登记。请重新查找客户。</translation>
    </message>
    <message>
        <source>Receipt %1 (%2) for the same matter was taken at %3 but never printed. Print it from the Cash area instead of taking the money again.</source>
        <translation>同一事项的收据 %1（%2）已于 %3 收款但未打印。请在“收银”中打印该收据，不要重复收款。</translation>
    </message>
    <message>
        <source>There is no fee item %1 in the catalogue. Only published fee items can be charged.</source>
        <translation>目录中没有收费项目 %1。只能收取已公示的收费项目。</translation>
    </message>
    <message>
        <source>Fee item %1 (%2) is no longer published and cannot be charged.</source>
        <translation>收费项目 %1（%2）已停止公示，不能收取。</translation>
    </message>
    <message>
        <source>Fee item %1 (%2) is not a fee of the matter of case %3. Charge only the fees the catalogue lists for it.</source>
        <translation>收费项目 %1（%2）不属于办件 %3 的事项。只能收取目录为该事项列出的费用。</translation>
    </message>
    <message>
        <source>These fee items come to ¥0.00: there is nothing to pay.</source>
        <translation>这些收费项目合计 ¥0.00，无需缴费。</translation>
    </message>
    <message>
        <source>The payment comes to %1, above the limit of ¥10,000,000.00 for one receipt. Check the quantities.</source>
        <translation>这笔收款合计 %1，超过单张收据 ¥10,000,000.00 的上限。请核对数量。</translation>
    </message>
    <message>
        <source>The customer handed over %1 but %2 is due. Take the rest, or type what was handed over.</source>
        <translation>客户交来 %1，应收 %2。请收齐差额，或输入实际交来的金额。</translation>
    </message>
    <message>
        <source>%1 handed over for %2 due would mean %3 change. Check the amount typed.</source>
        <translation>应收 %2 而交来 %1，需找零 %3。请核对输入的金额。</translation>
    </message>
    <message>
        <source>This terminal has no valid branch code or device tag for receipt numbers. Ask the administrator to set up the terminal (halldeskctl init).</source>
        <translation>本终端没有可用于收据编号的网点代码或设备标识。请管理员设置终端（halldeskctl init）。</translation>
    </message>
    <message>
        <source>Receipt %1 is already voided.</source>
        <translation>收据 %1 已作废。</translation>
    </message>
    <message>
        <source>Receipt %1 was already partly refunded, so it cannot be voided. Refund the rest instead.</source>
        <translation>收据 %1 已部分退款，不能作废。请改为退还余额。</translation>
    </message>
    <message>
        <source>Receipt %1 belongs to business day %2, which is closed: it cannot be voided any more. Refund it instead.</source>
        <translation>收据 %1 属于营业日 %2，该日已日结，不能再作废。请改为退款。</translation>
    </message>
    <message>
        <source>Receipt %1 was taken on %2: only payments of today can be voided. Refund it instead.</source>
        <translation>收据 %1 收于 %2：只能作废当天的收款。请改为退款。</translation>
    </message>
    <message>
        <source>A refund of ¥0.00 pays nothing back. Type the amount to refund.</source>
        <translation>退款 ¥0.00 没有退回任何金额。请输入退款金额。</translation>
    </message>
    <message>
        <source>Receipt %1 is voided: the whole amount was already paid back.</source>
        <translation>收据 %1 已作废，全部金额已退回。</translation>
    </message>
    <message>
        <source>Receipt %1 is a waiver: nothing was paid, so nothing can be refunded.</source>
        <translation>收据 %1 为减免，未实际收款，无款可退。</translation>
    </message>
    <message>
        <source>At most %1 of receipt %2 can still be refunded (paid %3, refunded %4). Type a smaller amount.</source>
        <translation>收据 %2 最多还能退 %1（已收 %3，已退 %4）。请输入较小的金额。</translation>
    </message>
    <message>
        <source>Receipts print on the 80 mm roll or on A4, not on &quot;%1&quot;.</source>
        <translation>收据只能打印在80毫米卷纸或A4纸上，不能打印在“%1”上。</translation>
    </message>
    <message>
        <source>Receipt %1 was already reprinted %2 times. Another reprint needs a supervisor&apos;s approval.</source>
        <translation>收据 %1 已补打 %2 次。再次补打需要值班长审批。</translation>
    </message>
    <message>
        <source>There is no shift %1. Choose a shift from the list.</source>
        <translation>没有班次 %1。请从列表中选择班次。</translation>
    </message>
    <message>
        <source>A shift belongs to a staff member. Sign in with your staff number first.</source>
        <translation>班次属于具体工作人员。请先以本人工号登录。</translation>
    </message>
    <message>
        <source>A shift is opened at a window. Sign in at the window where you take money.</source>
        <translation>班次须在窗口开设。请在收款的窗口登录。</translation>
    </message>
    <message>
        <source>A float of %1 is more than a drawer holds (at most ¥50,000.00). Count the float again and type it.</source>
        <translation>备用金 %1 超出钱箱容量（最多 ¥50,000.00）。请重新清点后输入。</translation>
    </message>
    <message>
        <source>There is no window %1 in this hall. Sign in at one of the hall&apos;s windows.</source>
        <translation>本厅没有窗口 %1。请在本厅的窗口登录。</translation>
    </message>
    <message>
        <source>You already have a shift open at window %1 since %2. Close it before opening another.</source>
        <translation>您已于 %2 在窗口 %1 开班。请先交班再开新班。</translation>
    </message>
    <message>
        <source>Window %1 has a shift of staff %2 still open: one drawer, one shift. They close it first, or a supervisor closes it for them.</source>
        <translation>窗口 %1 上工号 %2 的班次仍未交班：一个钱箱只对应一个班次。请其先交班，或由值班长代为交班。</translation>
    </message>
    <message>
        <source>The count of %1 pieces of %2 cannot be right. Count that denomination again.</source>
        <translation>面额 %2 的张（枚）数 %1 不正确。请重新清点该面额。</translation>
    </message>
    <message>
        <source>The note is longer than 500 characters. Shorten it.</source>
        <translation>说明超过500字，请缩短。</translation>
    </message>
    <message>
        <source>The shift of staff %1 was already closed at %2.</source>
        <translation>工号 %1 的班次已于 %2 交班。</translation>
    </message>
    <message>
        <source>This is the shift of staff %1. Only they or a supervisor can close it.</source>
        <translation>这是工号 %1 的班次，只有本人或值班长可以交班。</translation>
    </message>
    <message>
        <source>You cannot leave %1 in the drawer: only %2 was counted. Leave at most what is there.</source>
        <translation>不能在钱箱留下 %1：只清点出 %2。留下的金额不能超过实有金额。</translation>
    </message>
    <message>
        <source>Staff %1 cannot take the drawer over: hand it to another active clerk or supervisor by their staff number.</source>
        <translation>工号 %1 不能接收钱箱：请按工号交接给其他在岗营业员或值班长。</translation>
    </message>
    <message>
        <source>The drawer holds %1 but %2 is expected (difference %3). Count again, or write what happened in the note.</source>
        <translation>钱箱实有 %1，应有 %2（差额 %3）。请重新清点，或在说明中写明原因。</translation>
    </message>
    <message>
        <source>You have no shift open. Open your shift in the Cash area (count the float) before taking or paying back money.</source>
        <translation>您尚未开班。收款或退款前，请先在“收银”中开班（清点备用金）。</translation>
    </message>
    <message>
        <source>Your open shift belongs to business day %1. Close it in the Cash area and open a new shift for today.</source>
        <translation>您未交班的班次属于营业日 %1。请在“收银”中交班，再开今天的新班次。</translation>
    </message>
    <message>
        <source>There is no callback %1. Choose one from the list of callbacks.</source>
        <translation>没有回访 %1。请从回访列表中选择。</translation>
    </message>
    <message>
        <source>The queue is worked by staff signed in with their staff number. Sign in at the counter.</source>
        <translation>排队叫号须由以工号登录的工作人员操作。请在柜台登录。</translation>
    </message>
    <message>
        <source>The notes are too long (at most 500 characters). Shorten them.</source>
        <translation>记录太长（最多 500 字）。请精简。</translation>
    </message>
    <message>
        <source>Choose the outcome of the call: problem solved, explained, or still dissatisfied.</source>
        <translation>请选择回访结果：问题已解决、已解释说明，或仍不满意。</translation>
    </message>
    <message>
        <source>This callback was already finished on %1. Choose an open one.</source>
        <translation>该回访已于 %1 完成。请选择未完成的回访。</translation>
    </message>
    <message>
        <source>Queue category &quot;%1&quot; needs a code of 1-4 capital letters or digits, a name of at most 20 characters and a ticket prefix of 1-3 capital letters.</source>
        <translation>排队类别“%1”需要 1-4 位大写字母或数字的代码、不超过 20 字的名称和 1-3 个大写字母的号票前缀。</translation>
    </message>
    <message>
        <source>Ticket prefix %1 is already used by queue category %2. Choose another prefix.</source>
        <translation>号票前缀 %1 已被排队类别 %2 使用。请换一个前缀。</translation>
    </message>
    <message>
        <source>There is no queue category &quot;%1&quot;. Choose one of the categories the hall offers.</source>
        <translation>没有排队类别“%1”。请选择本厅提供的业务类别。</translation>
    </message>
    <message>
        <source>There is no window %1 in this hall. Choose one of the hall&apos;s windows.</source>
        <translation>本厅没有 %1 窗口。请选择本厅的窗口。</translation>
    </message>
    <message>
        <source>A rating is one of the five levels, from 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation>评价分五级：1（非常不满意）到 5（非常满意）。</translation>
    </message>
    <message>
        <source>%1 was already rated (%2). Each service is rated once.</source>
        <translation>%1 已评价过（%2）。每次服务只能评价一次。</translation>
    </message>
    <message>
        <source>There is no ticket %1 today. Check the number on the ticket.</source>
        <translation>今天没有 %1 号。请核对号票上的号码。</translation>
    </message>
    <message>
        <source>Ticket %1 has not been served yet. The customer rates at the end of the service.</source>
        <translation>%1 号尚未办理完毕。请在服务结束时评价。</translation>
    </message>
    <message>
        <source>No ticket is being served at window %1. Call the next ticket first.</source>
        <translation>%1 窗口当前没有正在办理的号。请先叫号。</translation>
    </message>
    <message>
        <source>Window %1 is worked by staff no. %2 (A post) and %3 (B post). Work at your own window, or ask a supervisor to cover this one.</source>
        <translation>%1 窗口由工号 %2（A岗）和 %3（B岗）值守。请在自己的窗口办理，或请值班长顶岗。</translation>
    </message>
    <message>
        <source>Staff no. %1 works window %2 today. Take the window over if you are covering for them.</source>
        <translation>工号 %1 今天值守 %2 窗口。如您顶岗，请先接管该窗口。</translation>
    </message>
    <message>
        <source>No window serves &quot;%1 %2&quot; at the moment. Choose another category or ask at the information desk.</source>
        <translation>目前没有窗口办理“%1 %2”。请选择其他业务或到咨询台询问。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket kind. Choose normal, VIP, elderly or disabled.</source>
        <translation>“%1”不是号票种类。请选择普通、VIP、老年人或残疾人。</translation>
    </message>
    <message>
        <source>Enter a resident ID number (18 characters) or a mobile number (11 digits), or leave the field empty.</source>
        <translation>请输入居民身份证号码（18位）或手机号码（11位），也可以不填。</translation>
    </message>
    <message>
        <source>No customer is registered with this ID number. Take the ticket without it; the clerk registers you at the window.</source>
        <translation>没有以此身份证号码登记的客户。请不填号码直接取号，窗口工作人员会为您登记。</translation>
    </message>
    <message>
        <source>Ticket %1 is still at window %2. End its service, transfer it or park it before calling the next one.</source>
        <translation>%1 号仍在 %2 窗口办理。请先结束服务、转移或暂挂，再叫下一位。</translation>
    </message>
    <message>
        <source>Window %1 serves no queue category, so it has nobody to call. Ask headquarters to assign its categories.</source>
        <translation>%1 窗口未设置办理的业务类别，没有可叫的号。请联系上级为该窗口分配业务。</translation>
    </message>
    <message>
        <source>Nobody is waiting for window %1 (%2). Call again when a ticket is issued.</source>
        <translation>%1 窗口（%2）目前无人等候。有人取号后再叫号。</translation>
    </message>
    <message>
        <source>Transfer the ticket either to a category or to a window: choose one of the two.</source>
        <translation>请将号票转到某个业务类别或某个窗口，二者选其一。</translation>
    </message>
    <message>
        <source>The ticket is already at window %1. Choose another window or category.</source>
        <translation>该号已在 %1 窗口。请选择其他窗口或业务类别。</translation>
    </message>
    <message>
        <source>Ticket %1 is not parked at window %2. Choose one of the window&apos;s parked tickets.</source>
        <translation>%1 号没有在 %2 窗口暂挂。请从本窗口暂挂的号中选择。</translation>
    </message>
    <message>
        <source>You already work window %1 today.</source>
        <translation>您今天已在值守 %1 窗口。</translation>
    </message>
    <message>
        <source>Write the reason (at most 500 characters); the applicant receives it in writing.</source>
        <translation>请填写理由（不超过500字），理由将书面告知申请人。</translation>
    </message>
    <message>
        <source>Write down what the complaint or petition is about (at most 1000 characters).</source>
        <translation>请填写投诉或信访反映的内容（不超过1000字）。</translation>
    </message>
    <message>
        <source>Name the office the case is forwarded to (at most 100 characters), e.g. the county government service centre.</source>
        <translation>请填写上报的单位（不超过100字），如县政务服务中心。</translation>
    </message>
    <message>
        <source>An extension needs a supervisor&apos;s approval. Ask the supervisor on duty to approve it with their staff number and password.</source>
        <translation>延期须经值班长批准。请值班长输入本人工号和密码批准。</translation>
    </message>
    <message>
        <source>An extension is 1 to %1 working days. Enter the number of extra working days.</source>
        <translation>延期为1至%1个工作日，请输入延长的工作日数。</translation>
    </message>
    <message>
        <source>Case %1 has already been extended once; a case may be extended only once. Complete it, or explain the delay to the applicant.</source>
        <translation>办件 %1 已延期一次，每件只能延期一次。请尽快办结，或向申请人说明情况。</translation>
    </message>
    <message>
        <source>Choose how the result reached the applicant: at the counter, by post or delivered home.</source>
        <translation>请选择送达方式：窗口领取、邮寄送达或送达上门。</translation>
    </message>
    <message>
        <source>&quot;%2&quot; is not possible for a case that is &quot;%1&quot;. Open the case again to see its current status.</source>
        <translation>状态为“%1”的办件不能“%2”。请重新打开办件查看当前状态。</translation>
    </message>
    <message>
        <source>A complaint or petition is taken up on a leader&apos;s approval. Ask the supervisor on duty to approve it with their staff number and password.</source>
        <translation>投诉或信访须经领导批办。请值班长输入本人工号和密码批准。</translation>
    </message>
    <message>
        <source>Name the section that handles it (at most 100 characters), e.g. the civil affairs office.</source>
        <translation>请填写承办科室（不超过100字），如镇民政办公室。</translation>
    </message>
    <message>
        <source>Write down what the section found and did (at most 2000 characters).</source>
        <translation>请填写承办科室的调查处理结果（不超过2000字）。</translation>
    </message>
    <message>
        <source>Write down the reply given to the person (at most 2000 characters).</source>
        <translation>请填写给反映人的答复意见（不超过2000字）。</translation>
    </message>
    <message>
        <source>Choose how the reply was given: in person, by phone or by letter.</source>
        <translation>请选择答复方式：当面、电话或书面。</translation>
    </message>
    <message>
        <source>Write down the caller&apos;s name (at most 40 characters); ask for it if they did not say.</source>
        <translation>请填写来电人姓名（不超过40字）；对方未说明的请询问。</translation>
    </message>
    <message>
        <source>The caller&apos;s unit is too long (at most 100 characters). Shorten it.</source>
        <translation>来电人单位过长（不超过100字），请缩短。</translation>
    </message>
    <message>
        <source>Write down a phone number to call the person back, e.g. 13800138000 or 0816-5621234.</source>
        <translation>请填写回电号码，如 13800138000 或 0816-5621234。</translation>
    </message>
    <message>
        <source>Write down what the caller asked (at most 500 characters).</source>
        <translation>请填写咨询内容（不超过500字）。</translation>
    </message>
    <message>
        <source>Write down to whom the enquiry was passed on, or that you answered it yourself (at most 100 characters).</source>
        <translation>请填写转交给谁，或注明已当场答复（不超过100字）。</translation>
    </message>
    <message>
        <source>There is no such enquiry in the log.</source>
        <translation>登记簿中没有这条咨询记录。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not filled in correctly: expected %2. Correct the form field.</source>
        <translation>“%1”填写有误，应为%2。请更正该项。</translation>
    </message>
    <message>
        <source>The report was cancelled. Compute it again when you need it.</source>
        <translation>报表已取消。需要时请重新生成。</translation>
    </message>
    <message>
        <source>The CSV file %1 could not be written (%2). Choose a folder you may write to, with free space.</source>
        <translation>无法写入 CSV 文件 %1（%2）。请选择有写入权限且空间充足的文件夹。</translation>
    </message>
    <message>
        <source>Choose a valid date for the report (YYYY-MM-DD, or YYYY-MM for a month).</source>
        <translation>请为报表选择有效的日期（YYYY-MM-DD，月报为 YYYY-MM）。</translation>
    </message>
    <message>
        <source>The report&apos;s period starts on %1, which has not begun yet. Choose today or an earlier date.</source>
        <translation>报表期间从 %1 开始，该日期尚未到来。请选择今天或更早的日期。</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written (%2). Choose a folder you may write to, with free space.</source>
        <translation>无法写入 PDF 文件 %1（%2）。请选择有写入权限且空间充足的文件夹。</translation>
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
    <message>
        <source>Case %1 is an on-the-spot case: it is finished the day it is accepted and cannot be extended. Complete it now.</source>
        <translation>办件 %1 是即办件：受理当天办结，不能延期。请现在办结。</translation>
    </message>
    <message>
        <source>You are closing the shift of staff %1 for them: count the drawer before a witness and enter the witness&apos;s staff number.</source>
        <translation>您正在代工号 %1 交班：请在见证人见证下清点钱箱，并填写见证人的工号。</translation>
    </message>
    <message>
        <source>Staff %1 cannot witness this count: the witness is another active staff member, not you and not the shift&apos;s clerk. Enter their staff number.</source>
        <translation>工号 %1 不能作为本次清点的见证人：见证人须是另一名在职工作人员，不能是您本人或该班次的人员。请填写其工号。</translation>
    </message>
    <message>
        <source>Catalogue item %1 has the number field &quot;%2&quot; with a wrong range: &quot;min&quot; and &quot;max&quot; must be numbers with min not above max, and &quot;decimals&quot; a whole number from 0 to 6. Ask headquarters to correct the item&apos;s form.</source>
        <translation>事项 %1 的数字字段“%2”取值范围有误：“min”和“max”须为数字且 min 不大于 max，“decimals”须为 0 到 6 的整数。请联系总部更正该事项的表单。</translation>
    </message>
    <message>
        <source>You cannot approve your own request. Ask another supervisor or an administrator to enter their staff number and password.</source>
        <translation>不能审批自己提出的申请。请另一位值班长或系统管理员输入其工号和密码。</translation>
    </message>
    <message>
        <source>Staff member %1 (%2) may not approve this. Ask another supervisor or an administrator to enter their staff number and password.</source>
        <translation>工号 %1（%2）无权审批此事项。请另一位值班长或系统管理员输入其工号和密码。</translation>
    </message>
    <message>
        <source>Other users of this computer could read the data folder (%1). HallDesk has now made it readable by this account only. If someone may have copied it, tell your IT contact.</source>
        <translation>本机的其他用户曾可以读取数据文件夹（%1）。HallDesk 现已将其设为仅本账户可读。如有人可能已复制这些文件，请告知技术支持人员。</translation>
    </message>
    <message>
        <source>This data folder belongs to branch %1. The demo is made only in a new data folder or on the demo branch TZ01: start with --data-dir and an empty folder. Nothing was changed.</source>
        <translation>此数据文件夹属于网点 %1。演示数据只能在新的数据文件夹或演示网点 TZ01 中生成：请用 --data-dir 指定一个空文件夹启动。未做任何更改。</translation>
    </message>
    <message>
        <source>This command changes the branch and needs a supervisor or an administrator. Run it at a terminal to be asked for a staff number and password, or give --admin STAFF_NO --password-fd N with the password on the first line of file descriptor N. Nothing was changed.</source>
        <translation>此命令会更改本网点，需要主管或管理员。请在终端中运行以输入工号和密码，或使用 --admin 工号 --password-fd N，并把密码写在文件描述符 N 的第一行。数据未作任何改动。</translation>
    </message>
    <message>
        <source>No password was given, so nothing was changed. Type it when asked, or put it on the first line of the file descriptor named by --password-fd.</source>
        <translation>没有输入密码，数据未作任何改动。请在提示时输入密码，或把密码写在 --password-fd 指定的文件描述符的第一行。</translation>
    </message>
    <message>
        <source>The two passwords typed differ. Run the command again and type the same password twice. Nothing was changed.</source>
        <translation>两次输入的密码不一致。请重新运行命令，两次输入相同的密码。数据未作任何改动。</translation>
    </message>
    <message>
        <source>The database being replaced is damaged, so no administrator could be checked. It is kept beside the restored one.</source>
        <translation>被替换的数据库已损坏，无法核对管理员。它已保留在恢复后的数据库旁边。</translation>
    </message>
    <message>
        <source>Nothing could be read from file descriptor %1 (%2). Pass the password on the first line of an open descriptor, for example --password-fd 3 3&lt; FILE.</source>
        <translation>无法从文件描述符 %1 读取任何内容（%2）。请把密码写在一个已打开的描述符的第一行，例如 --password-fd 3 3&lt; 文件。</translation>
    </message>
    <message>
        <source>Staff member %1 (%2) is not a supervisor or an administrator and may not run this command. Ask a supervisor or an administrator to run it with their own staff number and password. Nothing was changed.</source>
        <translation>员工 %1（%2）不是主管或管理员，无权执行此命令。请主管或管理员用自己的工号和密码执行。数据未作任何改动。</translation>
    </message>
    <message>
        <source>Staff member %1 still has the initial password. Sign in at the counter and choose a new password, then run the command again. Nothing was changed.</source>
        <translation>员工 %1 仍在使用初始密码。请先在柜台登录并设置新密码，再执行此命令。数据未作任何改动。</translation>
    </message>
    <message>
        <source>The backup %1 could not be written. Check that there is free space where it goes and in the data folder, then try again.</source>
        <translation>无法写入备份 %1。请检查备份位置和数据文件夹是否有足够空间，然后重试。</translation>
    </message>
    <message>
        <source>The device key %1 that unlocks the backup %2 is not on this computer. Restore with its key file: halldeskctl restore FILE --key-file KEY (the old PC&apos;s %1.key, or the key headquarters prints with halldesk-hq device-key). Nothing was changed.</source>
        <translation>解开备份 %2 所需的设备密钥 %1 不在这台电脑上。请用它的密钥文件恢复：halldeskctl restore 文件 --key-file 密钥文件（旧电脑上的 %1.key，或总部用 halldesk-hq device-key 打印的密钥）。数据未作任何改动。</translation>
    </message>
    <message>
        <source>The key file %1 could not be read, or it holds no device key (one line: the key in base64, as headquarters prints it). Check the name. Nothing was changed.</source>
        <translation>无法读取密钥文件 %1，或其中没有设备密钥（应为一行：base64 格式的密钥，与总部打印的相同）。请检查文件名。数据未作任何改动。</translation>
    </message>
    <message>
        <source>This device key does not unlock the backup %1, which was sealed with the device key %2. Use that key&apos;s file (%2.key from the PC that made it, or from headquarters). Nothing was changed.</source>
        <translation>此设备密钥解不开备份 %1，它是用设备密钥 %2 加密的。请使用该密钥的文件（制作备份的电脑上的 %2.key，或向总部索取）。数据未作任何改动。</translation>
    </message>
    <message>
        <source>The backup %1 was made by an earlier HallDesk version and is not encrypted, so nothing can tell whether it was changed since. If you made it and kept it safe, restore it with: halldeskctl restore FILE --unencrypted. Nothing was changed.</source>
        <translation>备份 %1 由较早版本的 HallDesk 制作，没有加密，无法判断之后是否被改动。如果是您本人制作并妥善保管的，请用以下命令恢复：halldeskctl restore 文件 --unencrypted。数据未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is not a HallDesk backup, or it is damaged. Check the file name. Nothing was changed.</source>
        <translation>%1 不是 HallDesk 备份，或已损坏。请检查文件名。数据未作任何改动。</translation>
    </message>
    <message>
        <source>This backup was not encrypted: an earlier HallDesk version made it. Make a new backup now (it will be encrypted), then destroy the old copy.</source>
        <translation>此备份没有加密：它由较早版本的 HallDesk 制作。请现在重新备份（新备份会加密），然后销毁旧的副本。</translation>
    </message>
    <message>
        <source>The database %1 is at schema %2 and this HallDesk reads schema %3: it must be updated first, which needs write access. Open it once with the counter app or &apos;halldeskctl init&apos; on a writable folder, then try again. Nothing was changed.</source>
        <translation>数据库 %1 的结构版本为 %2，本程序读取的是版本 %3：需要先升级，而升级需要写权限。请先在可写的文件夹中用柜台程序或“halldeskctl init”打开一次，然后重试。数据未作任何改动。</translation>
    </message>
    <message>
        <source>The device key %1 that unlocks this database is not on this computer. Put the key file in %2 (from the old PC, or from headquarters: halldesk-hq device-key), then start again.</source>
        <translation>解开此数据库所需的设备密钥 %1 不在这台电脑上。请把密钥文件放到 %2（从旧电脑复制，或向总部索取：halldesk-hq device-key），然后重新启动。</translation>
    </message>
    <message>
        <source>The device key file %1 is damaged (it must hold 32 bytes). Replace it with the copy headquarters holds.</source>
        <translation>设备密钥文件 %1 已损坏（应含 32 字节）。请用总部保存的副本替换。</translation>
    </message>
    <message>
        <source>The device key could not be saved in %1. Check that the folder is writable, then try again.</source>
        <translation>无法把设备密钥保存到 %1。请检查该文件夹是否可写，然后重试。</translation>
    </message>
    <message>
        <source>A protected value in the database was altered or belongs to another device key. Restore the database from a backup, or put back this branch&apos;s own key.</source>
        <translation>数据库中受保护的数据被改动过，或属于另一个设备密钥。请从备份恢复数据库，或放回本网点自己的密钥。</translation>
    </message>
    <message>
        <source>This database has no device key to replace. Open it once with HallDesk first.</source>
        <translation>此数据库没有可替换的设备密钥。请先用 HallDesk 打开一次。</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer HallDesk version. Update HallDesk on this PC, then restore it. Nothing was changed.</source>
        <translation>备份 %1 由较新版本的 HallDesk 制作。请先升级这台电脑上的 HallDesk，再恢复。数据未作任何改动。</translation>
    </message>
    <message>
        <source>The backup %1 was changed or damaged after it was made; use another backup. Nothing was changed.</source>
        <translation>备份 %1 在制作之后被改动或已损坏，请使用其他备份。数据未作任何改动。</translation>
    </message>
    <message>
        <source>Nothing was sent to headquarters: this terminal&apos;s event log fails its check at event %1 (%2). The log may have been altered or shortened. Do not repair or restore anything yourself; call your IT contact, who runs &quot;halldeskctl verify&quot;.</source>
        <translation>没有向总部发送任何数据：本终端的事件日志在第 %1 条事件处未通过校验（%2），可能被改动或删减。请不要自行修复或恢复，请联系 IT 人员，由其运行“halldeskctl verify”。</translation>
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
    <name>FormFieldEditor</name>
    <message>
        <source>This matter has no form to fill in.</source>
        <translation>本事项无需填写申请表。</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>18 characters, last may be X</source>
        <translation>18位，末位可为X</translation>
    </message>
    <message>
        <source>11-digit mobile</source>
        <translation>11位手机号码</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日，如 2020-05-01</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Expected %1.</source>
        <translation>应填写%1。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>FormValidation</name>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a date such as 2026-03-01</source>
        <translation>日期，如 2026-03-01</translation>
    </message>
    <message>
        <source>one of the listed choices</source>
        <translation>列表中的一项</translation>
    </message>
    <message>
        <source>a valid 18-character resident ID number</source>
        <translation>有效的18位居民身份证号码</translation>
    </message>
    <message>
        <source>an 11-digit mobile number</source>
        <translation>11位手机号码</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 至 %2 之间的整数</translation>
    </message>
    <message numerus="yes">
        <source>a number from %1 to %2 with at most %n decimal place(s)</source>
        <translation>
            <numerusform>%1 至 %2 之间、最多 %n 位小数的数字</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HallDisplayWindow</name>
    <message>
        <source>Hall display</source>
        <translation>大厅显示屏</translation>
    </message>
    <message>
        <source>Called before</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>当前等候</translation>
    </message>
    <message>
        <source>Missed your number? Ask at the window.</source>
        <translation>过号的客户请到窗口咨询。</translation>
    </message>
    <message>
        <source>→ window %1 %2</source>
        <translation>→ %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
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
    <name>KioskWindow</name>
    <message>
        <source>Ticket machine</source>
        <translation>取号机</translation>
    </message>
    <message>
        <source>Please touch the business you came for</source>
        <translation>请选择您要办理的业务</translation>
    </message>
    <message>
        <source>Green channel for the elderly, people with disabilities and VIP customers:</source>
        <translation>老年人、残疾人和VIP客户请选择绿色通道：</translation>
    </message>
    <message>
        <source>ID number or mobile (optional), so that the clerk has your records ready:</source>
        <translation>身份证号或手机号（可不填），便于窗口提前调出您的资料：</translation>
    </message>
    <message>
        <source>Touch the keys below</source>
        <translation>请点击右侧按键输入</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>No window is open for tickets at the moment. Please ask at the information desk.</source>
        <translation>目前没有开放取号的窗口。请到咨询台询问。</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2
%n waiting</source>
        <translation>
            <numerusform>%1  %2
等候 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · green channel</source>
        <translation>%1 · 绿色通道</translation>
    </message>
    <message>
        <source>You are next in line.</source>
        <translation>您前面没有人等候。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) ahead of you.</source>
        <translation>
            <numerusform>您前面还有 %n 人等候。</numerusform>
        </translation>
    </message>
    <message>
        <source>Please take your printed ticket.</source>
        <translation>请取走打印的号票。</translation>
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
        <source>Cash</source>
        <translation>收银</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>排队叫号</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Phone enquiries</source>
        <translation>电话咨询</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <source>No case due soon</source>
        <translation>无即将到期办件</translation>
    </message>
    <message>
        <source>Cases due soon: %1 · overdue: %2</source>
        <translation>即将到期 %1 件 · 逾期 %2 件</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>来访记录</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收费记录</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Sign out (Ctrl+Q); the hall display and the ticket machine keep running</source>
        <translation>签退（Ctrl+Q）；叫号屏和取号机继续运行</translation>
    </message>
    <message>
        <source>Ticket %1 is still being served at window %2: end the service (F9) or transfer it first.</source>
        <translation>%2 窗口仍在办理 %1 号：请先结束服务（F9）或转移。</translation>
    </message>
    <message>
        <source>Your shift at window %1 is still open: close it in Cash (count the drawer) before you leave for the day.</source>
        <translation>您在 %1 窗口的班次尚未结束：下班前请在“收银”中交班（清点钱箱）。</translation>
    </message>
    <message>
        <source>Before you sign out:</source>
        <translation>签退之前请注意：</translation>
    </message>
    <message>
        <source>Sign out anyway</source>
        <translation>仍然签退</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>暂不签退</translation>
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
    <name>OpenShiftDialog</name>
    <message>
        <source>Open shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>Shift of staff no. %1 at window %2 on %3. Count the cash in the drawer and enter it as the float.</source>
        <translation>工号 %1 在窗口 %2 的班次（%3）。请清点钱箱中的现金，作为备用金输入。</translation>
    </message>
    <message>
        <source>e.g. 200.00</source>
        <translation>例如 200.00</translation>
    </message>
    <message>
        <source>Staff no. %1 left %2 in this drawer at %3 for the next clerk. Count it: the amount you enter is recorded with the handover.</source>
        <translation>工号 %1 于 %3 在钱箱中给下一班留下 %2。请清点：您输入的金额随交接一并记录。</translation>
    </message>
    <message>
        <source>Float (¥)</source>
        <translation>备用金（元）</translation>
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
    <message>
        <source>My day</source>
        <translation>我的今天</translation>
    </message>
    <message numerus="yes">
        <source>Queue at window %1: %n waiting</source>
        <translation>
            <numerusform>%1 窗口排队：等候 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>My cases: none due soon</source>
        <translation>我的办件：无即将到期</translation>
    </message>
    <message>
        <source>My cases: %1 due soon, %2 overdue</source>
        <translation>我的办件：即将到期 %1 件，已超期 %2 件</translation>
    </message>
    <message>
        <source>My shift: not open (open it in Cash before taking payments)</source>
        <translation>我的班次：未开班（收费前请在“收银”中开班）</translation>
    </message>
    <message numerus="yes">
        <source>My shift&apos;s takings: cash %1, card %2, QR %3 (%n payments)</source>
        <translation>
            <numerusform>我的班次收款：现金 %1，银行卡 %2，扫码 %3（共 %n 笔）</numerusform>
        </translation>
    </message>
    <message>
        <source>My callbacks: none due</source>
        <translation>我的回访：无到期</translation>
    </message>
    <message>
        <source>My callbacks due: %1 (%2 overdue)</source>
        <translation>我的到期回访：%1 个（超期 %2 个）</translation>
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
    <name>PaymentDialog</name>
    <message>
        <source>Take payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Payment for</source>
        <translation>收款对象</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>CS… (optional)</source>
        <translation>CS…（可不填）</translation>
    </message>
    <message>
        <source>Phone, broadband or account number</source>
        <translation>电话、宽带或账户号码</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>业务号码</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Add fee item</source>
        <translation>添加收费项目</translation>
    </message>
    <message>
        <source>Remove fee item</source>
        <translation>删除收费项目</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Handed over (¥)</source>
        <translation>实收（元）</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Trace or transaction number from the slip</source>
        <translation>签购单上的流水号或交易号</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Reason for the waiver</source>
        <translation>减免原因</translation>
    </message>
    <message>
        <source>A supervisor approves the waiver with their own staff number and password.</source>
        <translation>减免须由值班长输入本人工号和密码审批。</translation>
    </message>
    <message>
        <source>Print receipt (80 mm roll)...</source>
        <translation>打印收据（80毫米卷纸）...</translation>
    </message>
    <message>
        <source>Print receipt (A4)...</source>
        <translation>打印收据（A4）...</translation>
    </message>
    <message>
        <source>Save receipt as PDF...</source>
        <translation>收据存为PDF...</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>还差 %1</translation>
    </message>
    <message>
        <source>Receipt %1 (%2) for the same matter was taken at %3 but never printed. Print it instead of taking the money again.</source>
        <translation>同一事项的收据 %1（%2）已于 %3 收款但未打印。请打印该收据，不要重复收款。</translation>
    </message>
    <message>
        <source>Case %1 is already paid (receipt %2, %3). Reprint the receipt if the customer needs it.</source>
        <translation>办件 %1 已缴费（收据 %2，%3）。客户需要时请补打收据。</translation>
    </message>
    <message>
        <source>Print receipt %1</source>
        <translation>打印收据 %1</translation>
    </message>
    <message>
        <source>Waive %1 (%2).</source>
        <translation>减免 %1（%2）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Receipt %1&lt;/b&gt;&lt;br&gt;%2 paid by %3.</source>
        <translation>&lt;b&gt;收据 %1&lt;/b&gt;&lt;br&gt;已收 %2，支付方式：%3。</translation>
    </message>
    <message>
        <source>Handed over %1, &lt;b&gt;change %2&lt;/b&gt;.</source>
        <translation>实收 %1，&lt;b&gt;找零 %2&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Receipt %1 sent to printing.</source>
        <translation>收据 %1 已送打印。</translation>
    </message>
    <message>
        <source>Receipt %1 saved as %2.</source>
        <translation>收据 %1 已保存为 %2。</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>将收据存为PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Empty: the exact amount</source>
        <translation>不填即按应收金额</translation>
    </message>
    <message>
        <source>Receipt %1 printed.</source>
        <translation>收据 %1 已打印。</translation>
    </message>
</context>
<context>
    <name>PaymentListModel</name>
    <message>
        <source>%1 (%2 back)</source>
        <translation>%1（退 %2）</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Printed, %1 reprints</source>
        <translation>已打印，补打 %1 次</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>For</source>
        <translation>缴费对象</translation>
    </message>
    <message>
        <source>Fee items</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
</context>
<context>
    <name>PaymentTerms</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Mobile QR</source>
        <translation>扫码支付</translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation>减免</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>无法生成 PDF 内容</translation>
    </message>
</context>
<context>
    <name>QueueFiguresPanel</name>
    <message>
        <source>Waiting now</source>
        <translation>当前等候</translation>
    </message>
    <message>
        <source>Longest wait now</source>
        <translation>当前最长等候</translation>
    </message>
    <message>
        <source>Average wait today</source>
        <translation>今日平均等候</translation>
    </message>
    <message>
        <source>Average service today</source>
        <translation>今日平均办理</translation>
    </message>
    <message>
        <source>Tickets today</source>
        <translation>今日取号</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>今日办结</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Waiting per category</source>
        <translation>各业务等候情况</translation>
    </message>
    <message>
        <source>Tickets per window today</source>
        <translation>今日各窗口办理量</translation>
    </message>
    <message>
        <source>Waiting and service times come from the day&apos;s calls and ends of service; a ticket transferred counts at each window.</source>
        <translation>等候和办理时间按当天的叫号和结束服务记录计算；转移的号在每个窗口分别计算。</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Issue a ticket at the counter</source>
        <translation>柜台取号</translation>
    </message>
    <message>
        <source>ID number or mobile (optional)</source>
        <translation>身份证号或手机号（可不填）</translation>
    </message>
    <message>
        <source>Issue ticket</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Print ticket...</source>
        <translation>打印号票…</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>业务：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>种类：</translation>
    </message>
    <message>
        <source>Open the ticket machine</source>
        <translation>打开取号机</translation>
    </message>
    <message>
        <source>Open the hall display</source>
        <translation>打开大厅显示屏</translation>
    </message>
    <message>
        <source>Each opens in its own window; F11 switches it to full screen.</source>
        <translation>各在单独的窗口中打开；按 F11 切换全屏。</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候队列</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Live figures</source>
        <translation>实时数据</translation>
    </message>
    <message numerus="yes">
        <source>Ticket %1 issued; %n waiting before it.</source>
        <translation>
            <numerusform>已取号 %1，前面有 %n 人等候。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingPadWindow</name>
    <message>
        <source>Rating pad</source>
        <translation>评价器</translation>
    </message>
    <message>
        <source>Welcome
Window %1 · staff no. %2 %3 serves you</source>
        <translation>欢迎光临
%1 窗口 · 工号 %2 %3 为您服务</translation>
    </message>
    <message>
        <source>How satisfied are you with the handling of case %1?</source>
        <translation>请您对办件 %1 的办理进行评价</translation>
    </message>
    <message>
        <source>Ticket %1: how satisfied are you with our service today?</source>
        <translation>%1 号，请您对本次服务进行评价</translation>
    </message>
    <message>
        <source>Thank you. We are sorry we did not serve you well: we will call you back within one working day.</source>
        <translation>谢谢您的评价。给您带来不便，我们深表歉意，将在一个工作日内回访您。</translation>
    </message>
    <message>
        <source>Thank you for your rating!</source>
        <translation>感谢您的评价！</translation>
    </message>
</context>
<context>
    <name>RatingService</name>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>%1 号</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>办件 %1</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Receipt %1</source>
        <translation>收据 %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>REPRINT (copy %1)</source>
        <translation>补打（第%1次）</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Window / staff no.</source>
        <translation>窗口／工号</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>缴款人</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>业务号码</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Paid by method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <source>Waived because</source>
        <translation>减免原因</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>%1, approved by %2</source>
        <translation>%1，审批人 %2</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>%1 on %2, approved by %3</source>
        <translation>%1，%2，审批人 %3</translation>
    </message>
    <message>
        <source>Scan to verify: receipt number, amount and record check code.</source>
        <translation>扫码核验：收据号、金额和记录校验码。</translation>
    </message>
    <message>
        <source>Check code %1</source>
        <translation>校验码 %1</translation>
    </message>
    <message>
        <source>Keep this receipt as proof of payment.</source>
        <translation>本收据为缴费凭证，请妥善保管。</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Reprint receipt %1 once more.</source>
        <translation>再次补打收据 %1。</translation>
    </message>
    <message>
        <source>Receipt %1 was not printed: the preview was closed without printing.</source>
        <translation>收据 %1 未打印：预览已关闭，没有打印。</translation>
    </message>
    <message>
        <source>Receipt %1 was printed, but the print could not be recorded: %2</source>
        <translation>收据 %1 已打印，但打印记录未能保存：%2</translation>
    </message>
    <message>
        <source>No receipt printer is set up on this computer: print the receipt from the preview and choose a printer there.</source>
        <translation>本机未设置收据打印机：请从打印预览打印收据，并在那里选择打印机。</translation>
    </message>
    <message>
        <source>The printer %1 did not take the receipt.</source>
        <translation>打印机 %1 未能接收收据。</translation>
    </message>
</context>
<context>
    <name>RecentCallModel</name>
    <message>
        <source>%1 → window %2</source>
        <translation>%1 → %2 窗口</translation>
    </message>
</context>
<context>
    <name>RegisterCaseDialog</name>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>Register a case</source>
        <translation>登记办件</translation>
    </message>
    <message>
        <source>ID number, mobile, customer number or name, then Enter</source>
        <translation>输入身份证号、手机号、客户编号或姓名后回车</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>办件申请(&amp;A)</translation>
    </message>
    <message>
        <source>Co&amp;mplaint</source>
        <translation>投诉(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Petition</source>
        <translation>信访(&amp;P)</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>By letter or e-mail</source>
        <translation>来信或电子邮件</translation>
    </message>
    <message>
        <source>&amp;Came:</source>
        <translation>来源方式(&amp;C)：</translation>
    </message>
    <message>
        <source>First responder: staff no. %1 %2, window %3</source>
        <translation>首问责任人：工号 %1 %2，窗口 %3</translation>
    </message>
    <message>
        <source>Find a matter by name, code or department</source>
        <translation>按名称、编码或部门查找事项</translation>
    </message>
    <message>
        <source>Choose the matter on the left.</source>
        <translation>请在左侧选择事项。</translation>
    </message>
    <message>
        <source>Materials received (Space ticks)</source>
        <translation>已收材料（空格键勾选）</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>申请表</translation>
    </message>
    <message>
        <source>What the person says, in their words: what happened, when, who was involved, what they ask for.</source>
        <translation>按反映人原话记录：发生了什么、何时、涉及何人、有何诉求。</translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation>反映内容</translation>
    </message>
    <message>
        <source>Register (Ctrl+Enter)</source>
        <translation>登记（Ctrl+回车）</translation>
    </message>
    <message>
        <source>No applicant chosen yet.</source>
        <translation>尚未选择申请人。</translation>
    </message>
    <message>
        <source>%1    ID %2    mobile %3    customer no. %4</source>
        <translation>%1    证件 %2    手机 %3    客户编号 %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Nobody found. Check what was typed, or register the customer first on the counter page.</source>
        <translation>未找到。请检查输入，或先在柜台页面登记客户。</translation>
    </message>
    <message>
        <source>No materials are needed.</source>
        <translation>无需提交材料。</translation>
    </message>
    <message numerus="yes">
        <source>%1 about this matter: reply within %n working day(s)</source>
        <translation>
            <numerusform>就本事项的%1：%n 个工作日内答复</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the applicant first: look them up by ID number, mobile or name.</source>
        <translation>请先选择申请人：按身份证号、手机号或姓名查找。</translation>
    </message>
    <message>
        <source>Choose the matter from the catalogue.</source>
        <translation>请从事项目录中选择事项。</translation>
    </message>
    <message>
        <source>&amp;Register and take payment</source>
        <translation>登记并收款(&amp;R)</translation>
    </message>
    <message>
        <source>Register the case and take its payment now (Enter)</source>
        <translation>登记办件并立即收款（回车）</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Tickets</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款笔数</translation>
    </message>
    <message>
        <source>Minutes waited</source>
        <translation>等候分钟数</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Volume by hour</source>
        <translation>分时业务量</translation>
    </message>
    <message>
        <source>Volume day by day</source>
        <translation>每日业务量</translation>
    </message>
    <message>
        <source>Waiting time (tickets)</source>
        <translation>等候时间分布（取号）</translation>
    </message>
    <message>
        <source>Net takings by payment method</source>
        <translation>按收款方式的净收款</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>No ticket, case or payment to chart.</source>
        <translation>没有可绘制的取号、办件或收款。</translation>
    </message>
    <message>
        <source>No waiting time was measured.</source>
        <translation>没有测得等候时间。</translation>
    </message>
    <message>
        <source>No takings to chart.</source>
        <translation>没有可绘制的收款。</translation>
    </message>
    <message>
        <source>No rating was given.</source>
        <translation>没有评价。</translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>hour of the day under the chart&apos;s bars</comment>
        <translation>%1时</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Compute</source>
        <translation>生成报表</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Print preview...</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Daily business report</source>
        <translation>营业日报</translation>
    </message>
    <message>
        <source>Monthly business report</source>
        <translation>营业月报</translation>
    </message>
    <message>
        <source>Choose the daily or the monthly report and its date, then press Compute.</source>
        <translation>请选择营业日报或营业月报及其日期，然后点击“生成报表”。</translation>
    </message>
    <message>
        <source>Computing the report...</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>报表已取消。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报表保存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>将报表导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>已导出 %1。</translation>
    </message>
</context>
<context>
    <name>ReportPrint</name>
    <message>
        <source>%1 · %2 %3 · generated %4 by %5</source>
        <translation>%1 · %2 %3 · %4 由 %5 生成</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Daily business report</source>
        <translation>营业日报</translation>
    </message>
    <message>
        <source>Monthly business report</source>
        <translation>营业月报</translation>
    </message>
    <message>
        <source>%1 (up to %2)</source>
        <translation>%1（截至 %2）</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1（编码 %2）</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>营业网点</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>营业日</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>生成人</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>扫码支付</translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation>减免</translation>
    </message>
    <message>
        <source>(payment not found)</source>
        <translation>（未找到原收款）</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>即办件</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>承诺件</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>上报件</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未定）</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>%1+ min</source>
        <translation>%1 分钟以上</translation>
    </message>
    <message>
        <source>%1-%2 min</source>
        <translation>%1-%2 分钟</translation>
    </message>
    <message>
        <source>(no staff no.)</source>
        <translation>（无工号）</translation>
    </message>
    <message>
        <source>(unknown item)</source>
        <translation>（未知事项）</translation>
    </message>
    <message>
        <source>(no window)</source>
        <translation>（无窗口）</translation>
    </message>
    <message>
        <source>(no fee code)</source>
        <translation>（无收费项目）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Cases registered</source>
        <translation>登记办件</translation>
    </message>
    <message>
        <source>Cases accepted</source>
        <translation>受理办件</translation>
    </message>
    <message>
        <source>Cases completed</source>
        <translation>办结办件</translation>
    </message>
    <message>
        <source>On-time completion rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Cases refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Cases forwarded</source>
        <translation>上报办件</translation>
    </message>
    <message>
        <source>Complaints registered</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Open cases overdue</source>
        <translation>逾期未办结办件</translation>
    </message>
    <message numerus="yes">
        <source>Open cases due within %n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日内到期的未办结办件</numerusform>
        </translation>
    </message>
    <message>
        <source>Payments taken</source>
        <translation>收款笔数</translation>
    </message>
    <message>
        <source>Amount taken</source>
        <translation>收款金额</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废金额</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Net takings</source>
        <translation>净收款</translation>
    </message>
    <message>
        <source>Cash variance of closed shifts</source>
        <translation>已交班现金差额</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>取号数</translation>
    </message>
    <message>
        <source>Tickets served</source>
        <translation>已办理号数</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>过号未到</translation>
    </message>
    <message>
        <source>Average waiting time (min)</source>
        <translation>平均等候时间（分钟）</translation>
    </message>
    <message>
        <source>Average service time (min)</source>
        <translation>平均办理时间（分钟）</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Average rating (1-5)</source>
        <translation>平均评分（1-5）</translation>
    </message>
    <message>
        <source>Bad ratings (1-2)</source>
        <translation>差评（1-2 分）</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>应回访</translation>
    </message>
    <message>
        <source>Callbacks done</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Closed %1 by %2</source>
        <translation>已于 %1 由 %2 日结</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>未日结</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>每日趋势</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按时率</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款笔数</translation>
    </message>
    <message>
        <source>Avg. wait (min)</source>
        <translation>平均等候（分钟）</translation>
    </message>
    <message>
        <source>Avg. rating</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Per clerk</source>
        <translation>营业员考核</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>营业员</translation>
    </message>
    <message>
        <source>Avg. service (min)</source>
        <translation>平均办理（分钟）</translation>
    </message>
    <message>
        <source>Bad ratings</source>
        <translation>差评</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>作废笔数</translation>
    </message>
    <message>
        <source>No clerk recorded anything in this month.</source>
        <translation>本月没有营业员的业务记录。</translation>
    </message>
    <message>
        <source>Ratings count for the clerk signed in where they were given; voids for the clerk who took the payment.</source>
        <translation>评价计入评价时在该窗口登录的营业员；作废计入原收款的营业员。</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>No case was registered, accepted, completed, refused or forwarded.</source>
        <translation>没有登记、受理、办结、不予受理或上报的办件。</translation>
    </message>
    <message>
        <source>Cases by item</source>
        <translation>按事项统计办件</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Cases by window</source>
        <translation>按窗口统计办件</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Cases by handling mode</source>
        <translation>按办理方式统计办件</translation>
    </message>
    <message>
        <source>Handling mode</source>
        <translation>办理方式</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>应回访日期</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>已于 %1 办结</translation>
    </message>
    <message>
        <source>No open case is overdue.</source>
        <translation>没有逾期未办结的办件。</translation>
    </message>
    <message numerus="yes">
        <source>No open case falls due in the next %n working day(s).</source>
        <translation>
            <numerusform>今后 %n 个工作日内没有到期的未办结办件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of %2 cases are listed.</source>
        <translation>共 %2 件，列出前 %1 件。</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>逾期办件</translation>
    </message>
    <message>
        <source>Working days overdue</source>
        <translation>逾期工作日</translation>
    </message>
    <message numerus="yes">
        <source>Cases due within %n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日内到期的办件</numerusform>
        </translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <source>Takings by payment method</source>
        <translation>按收款方式统计</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>收款方式</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款笔数</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>No payment was taken, voided or refunded.</source>
        <translation>没有收款、作废或退款。</translation>
    </message>
    <message>
        <source>Fees taken by fee item</source>
        <translation>按收费项目统计</translation>
    </message>
    <message>
        <source>Fee item</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Fee lines of the payments taken, before voids and refunds.</source>
        <translation>按所收款项的收费明细统计，未扣除作废和退款。</translation>
    </message>
    <message>
        <source>No fee was taken.</source>
        <translation>没有收取费用。</translation>
    </message>
    <message>
        <source>Takings by clerk</source>
        <translation>按营业员统计收款</translation>
    </message>
    <message>
        <source>Voids and refunds count for the clerk who took the payment.</source>
        <translation>作废和退款计入原收款的营业员。</translation>
    </message>
    <message>
        <source>Voids and refunds</source>
        <translation>作废与退款</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>票据号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>原收款人</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>No payment was voided or refunded.</source>
        <translation>没有作废或退款。</translation>
    </message>
    <message>
        <source>Cash variance per shift</source>
        <translation>交班现金差额</translation>
    </message>
    <message>
        <source>Shifts closed with a cash variance</source>
        <translation>有现金差额的交班</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>交班时间</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>应有现金</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>No shift was closed.</source>
        <translation>没有交班记录。</translation>
    </message>
    <message>
        <source>Every shift closed without a variance.</source>
        <translation>所有交班均无现金差额。</translation>
    </message>
    <message numerus="yes">
        <source>%n shift(s) closed in the month.</source>
        <translation>
            <numerusform>本月共交班 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>排队叫号</translation>
    </message>
    <message>
        <source>Tickets called</source>
        <translation>已叫号数</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已办理</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>转窗口</translation>
    </message>
    <message>
        <source>Waiting runs from the ticket&apos;s issue to its first call; service from its last call to its end.</source>
        <translation>等候时间从取号到首次叫号；办理时间从最后一次叫号到办理结束。</translation>
    </message>
    <message>
        <source>No ticket was issued or called.</source>
        <translation>没有取号或叫号。</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>等候时间</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>号数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>No waiting time was measured: no ticket was called.</source>
        <translation>没有测得等候时间：没有叫号。</translation>
    </message>
    <message>
        <source>Volume by hour</source>
        <translation>分时业务量</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>No ticket, case or payment in any hour of the day.</source>
        <translation>当日各时段均没有取号、办件或收款。</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Average rating %1.</source>
        <translation>平均评分 %1。</translation>
    </message>
    <message>
        <source>No rating was given.</source>
        <translation>没有评价。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>No complaint was registered.</source>
        <translation>没有登记投诉。</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>This terminal keeps no callback records.</source>
        <translation>本终端没有回访记录。</translation>
    </message>
    <message>
        <source>Case or ticket</source>
        <translation>办件或号码</translation>
    </message>
    <message>
        <source>Due on</source>
        <comment>callback</comment>
        <translation>应回访日期</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>回访次数</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>No callback was due or done.</source>
        <translation>没有应回访或已回访的记录。</translation>
    </message>
    <message>
        <source>Due today: %1; done today: %2; still open after their due date: %3. Calls recorded today: %4, customer reached: %5.</source>
        <translation>今日应回访 %1 条，今日完成 %2 条，逾期未回访 %3 条。今日登记回访电话 %4 次，联系上客户 %5 次。</translation>
    </message>
    <message>
        <source>Open after their due date at the month&apos;s end</source>
        <translation>月末逾期未回访</translation>
    </message>
    <message>
        <source>Calls recorded</source>
        <translation>登记回访电话</translation>
    </message>
    <message>
        <source>Customer reached</source>
        <translation>联系上客户</translation>
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
        <source>Contract explained; the customer goes on.</source>
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
    <message>
        <source>ID card</source>
        <translation>身份证</translation>
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
</context>
<context>
    <name>ServiceGuide</name>
    <message>
        <source>Service guide</source>
        <translation>办事指南</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>受理窗口</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>办件类型</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>1. Conditions</source>
        <translation>一、申请条件</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>2. Materials to bring</source>
        <translation>二、申请材料</translation>
    </message>
    <message>
        <source>No materials are needed.</source>
        <translation>无需提交材料。</translation>
    </message>
    <message>
        <source>3. Steps</source>
        <translation>三、办理流程</translation>
    </message>
    <message>
        <source>At the window, on the spot.</source>
        <translation>窗口当场办理。</translation>
    </message>
    <message>
        <source>4. Fees</source>
        <translation>四、收费标准及依据</translation>
    </message>
    <message>
        <source>Free of charge.</source>
        <translation>不收费。</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 (basis: %2)</source>
        <translation>%1（依据：%2）</translation>
    </message>
    <message>
        <source>5. Legal basis</source>
        <translation>五、设定依据</translation>
    </message>
    <message>
        <source>6. What the window fills in with you</source>
        <translation>六、需现场填写的信息</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>6. Enquiries and complaints</source>
        <translation>六、咨询与投诉</translation>
    </message>
    <message>
        <source>7. Enquiries and complaints</source>
        <translation>七、咨询与投诉</translation>
    </message>
    <message>
        <source>At the window.</source>
        <translation>受理窗口。</translation>
    </message>
    <message>
        <source>Service guide: %1</source>
        <translation>办事指南：%1</translation>
    </message>
    <message>
        <source>%1 · service guide %2 · printed %3</source>
        <translation>%1 · 办事指南 %2 · 打印日期 %3</translation>
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
    <message>
        <source>Customer screens</source>
        <translation>面向群众的屏幕</translation>
    </message>
    <message>
        <source>Hall display:</source>
        <translation>叫号屏：</translation>
    </message>
    <message>
        <source>Ticket machine:</source>
        <translation>取号机：</translation>
    </message>
    <message>
        <source>Rating pad:</source>
        <translation>评价器：</translation>
    </message>
    <message>
        <source>For this computer. A screen that is not connected is replaced by the primary one. On the screen of this window they open as ordinary windows, never full screen over your work; they keep running when you sign out.</source>
        <translation>仅对本机有效。所选屏幕未连接时改用主屏幕。在本窗口所在的屏幕上以普通窗口打开，不会全屏遮挡您的工作；签退后继续运行。</translation>
    </message>
    <message>
        <source>Automatic (a second screen when there is one)</source>
        <translation>自动（有第二块屏幕时用第二块）</translation>
    </message>
    <message>
        <source>%1 (%2 x %3)</source>
        <translation>%1（%2 × %3）</translation>
    </message>
    <message>
        <source>%1 (not connected: the primary screen is used)</source>
        <translation>%1（未连接：使用主屏幕）</translation>
    </message>
</context>
<context>
    <name>ShiftGate</name>
    <message>
        <source>Open shift now...</source>
        <translation>现在开班...</translation>
    </message>
    <message>
        <source>You have no shift open, so no money can be taken or paid back yet. Open your shift now: count the float in the drawer.</source>
        <translation>您还没有开班，暂时不能收款或退款。请现在开班：清点钱箱里的备用金。</translation>
    </message>
</context>
<context>
    <name>ShiftSlipDocument</name>
    <message>
        <source>Shift slip %1 %2</source>
        <translation>交班单 %1 %2</translation>
    </message>
    <message>
        <source>Shift closing slip</source>
        <translation>交班单</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>营业员</translation>
    </message>
    <message>
        <source>Business day</source>
        <translation>营业日</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>应有现金</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Left in the drawer</source>
        <translation>留在钱箱</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>上缴</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>交班人</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>交班时间</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签字</translation>
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
        <source>, </source>
        <translation>，</translation>
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
        <source>%1 %2, %3, %4</source>
        <translation>%1 %2，%3，%4</translation>
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
    <message>
        <source>Headquarters receives every change made at this counter (customers, cases, tickets, payments, shifts) in batches, a few seconds after it is saved, and keeps the branch&apos;s reports. &quot;Events waiting&quot; are changes saved here and not yet received there; they are safe in this computer. When this page says offline, keep working as usual: nothing is lost, and everything waiting is sent by itself when the link is back. Tell IT only when it stays offline for hours or says that sync has stopped.</source>
        <translation>本窗口的每一项变更（群众、办件、排队、收费、交接班）保存几秒后即分批发往总部，总部据此生成本网点的报表。“待发送事件”是已保存在本机、总部尚未收到的变更，在本机安全保存。本页显示离线时，照常办理即可：数据不会丢失，连接恢复后会自动发送。只有离线持续数小时，或提示同步已停止时，才需联系信息技术人员。</translation>
    </message>
    <message>
        <source>No attempt to reach headquarters since HallDesk started.</source>
        <translation>本次启动以来尚未尝试连接总部。</translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>Transferred, waiting</source>
        <translation>已转移，等候中</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>取号时间</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
</context>
<context>
    <name>TicketPrint</name>
    <message>
        <source>Ticket %1</source>
        <translation>号票 %1</translation>
    </message>
    <message>
        <source>Green channel: %1</source>
        <translation>绿色通道：%1</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>排队号票</translation>
    </message>
    <message>
        <source>You are next in line.</source>
        <translation>您前面没有人等候。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) ahead of you.</source>
        <translation>
            <numerusform>您前面还有 %n 人等候。</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken at %1</source>
        <translation>取号时间 %1</translation>
    </message>
    <message>
        <source>Please listen for your number and watch the hall display. A missed number can be called again at the window.</source>
        <translation>请留意叫号广播和大厅显示屏。过号请到窗口咨询。</translation>
    </message>
    <message>
        <source>No ticket printer is connected. Note your number on the screen.</source>
        <translation>未连接号票打印机。请记下屏幕上的号码。</translation>
    </message>
    <message>
        <source>The ticket printer did not take the ticket. Note your number on the screen.</source>
        <translation>取号打印机未能打印号票。请记下屏幕上的号码。</translation>
    </message>
</context>
<context>
    <name>TicketText</name>
    <message>
        <source>VIP</source>
        <translation>VIP客户</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <source>At the window</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>暂挂</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已转移</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>To a category:</source>
        <translation>转到业务类别：</translation>
    </message>
    <message>
        <source>To a window:</source>
        <translation>转到窗口：</translation>
    </message>
    <message>
        <source>Transfer ticket %1</source>
        <translation>转移 %1 号</translation>
    </message>
    <message>
        <source>The customer keeps the ticket and waits again in their place by the time it was taken.</source>
        <translation>客户保留原号票，按原取号时间的顺序重新等候。</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转移</translation>
    </message>
</context>
<context>
    <name>WindowLoadModel</name>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>值守工号</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>正在办理</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>平均办理时长</translation>
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
        <source>Create the demo branch (with three weeks of history) if the database has no staff yet, and print the demo staff numbers and passwords.</source>
        <translation>数据库中尚无工作人员时创建演示网点（含三周的业务记录），并显示演示工号和密码。</translation>
    </message>
    <message>
        <source>HallDesk</source>
        <translation>HallDesk 柜台终端</translation>
    </message>
</context>
</TS>
