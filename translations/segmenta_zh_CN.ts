<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>PasswordKeychain</name>
    <message>
        <source>The system keychain refused access, so the password cannot be remembered; Segmenta will ask for it each time.</source>
        <translation>系统钥匙串拒绝了访问，因此无法记住密码；Segmenta 每次都会询问密码。</translation>
    </message>
    <message>
        <source>No system keychain is running here (such as GNOME Keyring or KWallet), so the password cannot be remembered; Segmenta will ask for it each time.</source>
        <translation>此处没有运行系统钥匙串（如 GNOME Keyring 或 KWallet），因此无法记住密码；Segmenta 每次都会询问密码。</translation>
    </message>
    <message>
        <source>The system keychain did not answer (%1), so the password cannot be remembered; Segmenta will ask for it each time.</source>
        <translation>系统钥匙串没有响应（%1），因此无法记住密码；Segmenta 每次都会询问密码。</translation>
    </message>
    <message>
        <source>This build of Segmenta has no system keychain support, so the password cannot be remembered; Segmenta will ask for it each time.</source>
        <translation>此版本的 Segmenta 不支持系统钥匙串，因此无法记住密码；Segmenta 每次都会询问密码。</translation>
    </message>
</context>
<context>
    <name>Segmenta</name>
    <message>
        <source>The picture could not be written.</source>
        <translation>无法写入图片。</translation>
    </message>
    <message>
        <source>Exported from Segmenta</source>
        <translation>由 Segmenta 导出</translation>
    </message>
    <message>
        <source>The drawing could not be written.</source>
        <translation>无法写入矢量图。</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>无法写入 PDF 文件。</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation>请选择以 .png、.svg 或 .pdf 结尾的文件名。</translation>
    </message>
</context>
<context>
    <name>Segmenta::AboutDialog</name>
    <message>
        <source>GNU Lesser General Public License 3.0</source>
        <translation>GNU 宽通用公共许可证 3.0</translation>
    </message>
    <message>
        <source>Mozilla Public License 2.0</source>
        <translation>Mozilla 公共许可证 2.0</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>公有领域</translation>
    </message>
    <message>
        <source>zlib licence</source>
        <translation>zlib 许可证</translation>
    </message>
    <message>
        <source>BSD 2-clause licence</source>
        <translation>BSD 两条款许可证</translation>
    </message>
    <message>
        <source>About Segmenta</source>
        <translation>关于 Segmenta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Segmenta %1&lt;/h3&gt;&lt;p&gt;Customer segmentation for marketing managers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Segmenta %1&lt;/h3&gt;&lt;p&gt;面向市场经理的客户细分工具。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Segmenta is built with these components, under their licences:</source>
        <translation>Segmenta 使用了以下组件，并遵循各自的许可证：</translation>
    </message>
    <message>
        <source>Qt is used as shared libraries, which can be replaced by other builds of the same version.</source>
        <translation>Qt 以共享库的形式使用，可以替换为同一版本的其他构建。</translation>
    </message>
    <message>
        <source>The licence texts are in &lt;a href="%1"&gt;%2&lt;/a&gt;.</source>
        <translation>许可证全文位于 &lt;a href="%1"&gt;%2&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>GNU General Public License 3.0</source>
        <translation>GNU 通用公共许可证 3.0</translation>
    </message>
    <message>
        <source>Segmenta is free software under the GNU General Public License 3.0 or later, and comes with no warranty.</source>
        <translation>Segmenta 是自由软件，以 GNU 通用公共许可证 3.0 或更高版本发布，不提供任何担保。</translation>
    </message>
</context>
<context>
    <name>Segmenta::Analysis</name>
    <message>
        <source>The activity and assets setting “%1” is not valid.</source>
        <translation>交易活跃度与资产分析的设置“%1”无效。</translation>
    </message>
    <message>
        <source>The customer list has no assets column, so transaction activity cannot be compared with assets.</source>
        <translation>客户名单中没有资产列，因此无法将交易活跃度与资产进行比较。</translation>
    </message>
    <message>
        <source>The purchase model was not fitted: only %1 customers bought in the window, and at least %2 are needed.</source>
        <translation>未拟合购买模型：观察期内只有 %1 位客户有购买，至少需要 %2 位。</translation>
    </message>
    <message>
        <source>The purchase model was not fitted: too few repeat buyers (%1 of %2 customers bought more than once; at least %3 are needed to estimate how customers drop out).</source>
        <translation>未拟合购买模型：重复购买的客户太少（%2 位客户中有 %1 位购买过一次以上；至少需要 %3 位才能估计客户的流失过程）。</translation>
    </message>
    <message>
        <source>The purchase model did not converge: the likelihood could not be evaluated.</source>
        <translation>购买模型未收敛：无法计算似然值。</translation>
    </message>
    <message>
        <source>The purchase model did not converge within %1 iterations.</source>
        <translation>购买模型在 %1 次迭代内未收敛。</translation>
    </message>
    <message>
        <source>The purchase model did not converge: the optimiser could make no further progress (largest gradient %1).</source>
        <translation>购买模型未收敛：优化算法无法继续改进（最大梯度 %1）。</translation>
    </message>
    <message>
        <source>The size of the %1 tier must be a percentage from 0 to 100.</source>
        <translation>%1 层级的占比必须是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>The tier sizes add up to %1 %, not 100 %.</source>
        <translation>各层级的占比合计为 %1%，而不是 100%。</translation>
    </message>
    <message>
        <source>The pyramid needs one value per customer.</source>
        <translation>客户金字塔要求每位客户恰好有一个价值。</translation>
    </message>
    <message>
        <source>%1 customers share a value with a customer in the neighbouring tier. Tier sizes follow the cut-offs exactly, so equal values are ranked by their order in the customer list.</source>
        <translation>有 %1 位客户与相邻层级中的客户价值相同。各层级的大小严格按照分界点划分，因此价值相同的客户按其在客户名单中的顺序排名。</translation>
    </message>
    <message>
        <source>%1 customers have no value and no tier.</source>
        <translation>%1 位客户没有价值，也没有层级。</translation>
    </message>
    <message>
        <source>“%1” has %2 values but “%3” has %4.</source>
        <translation>“%1”有 %2 个值，而“%3”有 %4 个。</translation>
    </message>
    <message>
        <source>No row has a value for every chosen variable.</source>
        <translation>没有任何一行在所有选定变量上都有值。</translation>
    </message>
    <message>
        <source>%1 of %2 rows were left out because a value was missing.</source>
        <translation>%2 行中有 %1 行因存在缺失值而被排除。</translation>
    </message>
    <message>
        <source>“%1” has no value “%2” to compare the others with.</source>
        <translation>“%1”中没有值“%2”，无法将其作为参照与其他取值比较。</translation>
    </message>
    <message>
        <source>“%1” has only one value (%2) in the rows used, so it cannot explain anything and was left out.</source>
        <translation>“%1”在所用的行中只有一个值（%2），无法解释任何差异，已被排除。</translation>
    </message>
    <message>
        <source>The spend model was not fitted: only %1 repeat buyers have a positive repeat spend, and at least %2 are needed (%3 customers bought once only, %4 have a zero or negative repeat spend).</source>
        <translation>未拟合消费金额模型：只有 %1 位重复购买客户的重复消费金额为正，至少需要 %2 位（%3 位客户只购买过一次，%4 位客户的重复消费金额为零或负数）。</translation>
    </message>
    <message>
        <source>The spend model did not converge: the likelihood could not be evaluated.</source>
        <translation>消费金额模型未收敛：无法计算似然值。</translation>
    </message>
    <message>
        <source>The spend model did not converge within %1 iterations.</source>
        <translation>消费金额模型在 %1 次迭代内未收敛。</translation>
    </message>
    <message>
        <source>The spend model did not converge: the optimiser could make no further progress (largest gradient %1).</source>
        <translation>消费金额模型未收敛：优化算法无法继续改进（最大梯度 %1）。</translation>
    </message>
    <message>
        <source>The growth setting “%1” is not valid.</source>
        <translation>成长性分析的设置“%1”无效。</translation>
    </message>
    <message>
        <source>The data has no transactions with dates and amounts, so spending trends cannot be computed.</source>
        <translation>数据中没有带日期和金额的交易，因此无法计算消费趋势。</translation>
    </message>
    <message>
        <source>The growth analysis was cancelled.</source>
        <translation>已取消成长性分析。</translation>
    </message>
    <message>
        <source>The backtest was cancelled.</source>
        <translation>已取消回测。</translation>
    </message>
    <message>
        <source>The backtest needs transactions with dates.</source>
        <translation>回测需要带日期的交易。</translation>
    </message>
    <message>
        <source>The backtest needs a calibration window that ends before the holdout window, and a holdout window that is not empty.</source>
        <translation>回测要求校准期在验证期开始之前结束，且验证期不能为空。</translation>
    </message>
    <message>
        <source>The clustering was cancelled.</source>
        <translation>已取消聚类。</translation>
    </message>
    <message>
        <source>“%1” is not numeric; clusters are found on numeric features.</source>
        <translation>“%1”不是数值型；聚类只能基于数值型特征。</translation>
    </message>
    <message>
        <source>“%1” has the same value in every row and was left out.</source>
        <translation>“%1”在每一行中的值都相同，已被排除。</translation>
    </message>
    <message>
        <source>Clusters need at least one varying numeric feature and more rows than clusters; there are %1 rows.</source>
        <translation>聚类至少需要一个有变化的数值型特征，且行数须多于聚类数；当前只有 %1 行。</translation>
    </message>
    <message>
        <source>The %1 restarts of each k were compared on a random sample of %2 rows; the best was then refined on all %3 rows.</source>
        <translation>每个 k 值的 %1 次随机重启先在 %2 行的随机样本上比较，再用全部 %3 行对最优结果进一步优化。</translation>
    </message>
    <message>
        <source>The rows have only %1 distinct combinations of the features, too few for %2 clusters.</source>
        <translation>这些行的特征只有 %1 种不同组合，不足以分成 %2 个聚类。</translation>
    </message>
    <message>
        <source>The rows have only %1 distinct combinations of the features, so k stops at %1.</source>
        <translation>这些行的特征只有 %1 种不同组合，因此 k 的上限为 %1。</translation>
    </message>
    <message>
        <source>For k = %1 a few rows still changed cluster after %2 iterations; the clusters are close to, not exactly at, a stable solution.</source>
        <translation>k = %1 时，经过 %2 次迭代后仍有少数行改变了所属聚类；聚类结果接近但尚未完全达到稳定解。</translation>
    </message>
    <message>
        <source>The silhouette was computed on a random sample of %1 of the %2 rows (the same sample for every k); the clusters use every row.</source>
        <translation>轮廓系数是在从 %2 行中随机抽取的 %1 行样本上计算的（每个 k 值使用相同的样本）；聚类本身使用了全部行。</translation>
    </message>
    <message>
        <source>The lifecycle setting “%1” is not valid.</source>
        <translation>生命周期分析的设置“%1”无效。</translation>
    </message>
    <message>
        <source>The lifetime value analysis was cancelled.</source>
        <translation>已取消客户终身价值分析。</translation>
    </message>
    <message>
        <source>The analysis date must be after the last purchase in the data (%1).</source>
        <translation>分析日期必须晚于数据中的最后一次购买（%1）。</translation>
    </message>
    <message>
        <source>The discount rate must be a number above -100 %.</source>
        <translation>折现率必须是大于 -100% 的数字。</translation>
    </message>
    <message>
        <source>The spend model is unavailable, so expected spend per purchase is each customer's observed average.</source>
        <translation>消费金额模型不可用，因此每次购买的预期消费金额采用各客户的实际平均值。</translation>
    </message>
    <message>
        <source>The fitted spend model has no finite mean, so %1 customers use their observed average spend per purchase.</source>
        <translation>拟合出的消费金额模型没有有限的均值，因此 %1 位客户采用其实际的每次购买平均消费金额。</translation>
    </message>
    <message>
        <source>No purchase probabilities or lifetime values were computed because the purchase model is unavailable.</source>
        <translation>购买模型不可用，因此未计算购买可能性和客户终身价值。</translation>
    </message>
    <message>
        <source>Choose the dependent variable of the regression.</source>
        <translation>请选择回归的因变量。</translation>
    </message>
    <message>
        <source>The dependent variable has the same value in every row used, so there is nothing to explain.</source>
        <translation>因变量在所用的每一行中取值都相同，没有可解释的差异。</translation>
    </message>
    <message>
        <source>The predictors reproduce the dependent variable exactly (no residual variation): it is probably computed from them, and the standard errors and p-values mean nothing.</source>
        <translation>自变量能完全重现因变量（没有残差变异）：因变量很可能就是由它们计算得出的，标准误和 p 值没有意义。</translation>
    </message>
    <message>
        <source>Choose the outcome of the regression.</source>
        <translation>请选择回归的结果变量。</translation>
    </message>
    <message>
        <source>The outcome of a logistic regression must be 0 or 1 (no or yes), but row %1 has %2.</source>
        <translation>逻辑回归的结果变量必须是 0 或 1（否或是），但第 %1 行的值为 %2。</translation>
    </message>
    <message>
        <source>Every row used has the same outcome (%1), so there is nothing to explain.</source>
        <translation>所用的每一行结果都相同（%1），没有可解释的差异。</translation>
    </message>
    <message>
        <source>The regression was cancelled.</source>
        <translation>已取消回归分析。</translation>
    </message>
    <message>
        <source>The outcome is separated by %1: %2 of %3 rows are predicted with certainty, so the coefficients run off towards infinity and their standard errors and p-values mean nothing. Leave that predictor out or merge its categories.</source>
        <translation>结果变量被 %1 完全分离：%3 行中有 %2 行可被确定地预测，因此系数趋向无穷大，其标准误和 p 值没有意义。请去掉该自变量或合并其类别。</translation>
    </message>
    <message>
        <source>The logistic regression did not converge within %1 iterations: its figures are not reliable.</source>
        <translation>逻辑回归在 %1 次迭代内未收敛：其结果不可靠。</translation>
    </message>
    <message>
        <source>Only %1 rows have the rarer outcome, for %2 parameters (fewer than 10 per parameter): the estimates are unstable.</source>
        <translation>较少出现的结果只有 %1 行，而待估系数有 %2 个（每个系数不足 10 行）：估计值不稳定。</translation>
    </message>
    <message>
        <source>The 80/20 setting “%1” is not valid.</source>
        <translation>二八法则分析的设置“%1”无效。</translation>
    </message>
    <message>
        <source>%1 customers have no value and are left out.</source>
        <translation>%1 位客户没有价值，已被排除。</translation>
    </message>
    <message>
        <source>%1 customers have a negative value (together %2); they count as 0 in the curve, the shares and the Gini coefficient.</source>
        <translation>%1 位客户的价值为负数（合计 %2）；在曲线、占比和基尼系数中按 0 计算。</translation>
    </message>
    <message>
        <source>There are no customers to rank.</source>
        <translation>没有可排名的客户。</translation>
    </message>
    <message>
        <source>No customer brings a positive value, so there is no share of value to show.</source>
        <translation>没有客户带来正价值，因此无法显示价值占比。</translation>
    </message>
    <message>
        <source>“%1” is not numeric; principal components need numeric attributes.</source>
        <translation>“%1”不是数值型；主成分分析需要数值型属性。</translation>
    </message>
    <message>
        <source>Principal components need at least 3 rows with every attribute present; there are %1.</source>
        <translation>主成分分析至少需要 3 行所有属性均无缺失的数据；当前只有 %1 行。</translation>
    </message>
    <message>
        <source>Principal components need at least two numeric attributes that vary.</source>
        <translation>主成分分析至少需要两个有变化的数值型属性。</translation>
    </message>
    <message>
        <source>“%1” was left out: it is an exact linear combination of the other predictors (perfectly collinear), so its effect cannot be told apart from theirs.</source>
        <translation>“%1”已被排除：它是其他自变量的精确线性组合（完全共线性），因此无法将它的作用与其他自变量区分开。</translation>
    </message>
    <message>
        <source>Only %1 rows for %2 parameters: a regression needs more rows than parameters (and ten per parameter to be trusted).</source>
        <translation>只有 %1 行，而待估系数有 %2 个：回归要求行数多于待估系数个数（每个系数有 10 行以上结果才可信）。</translation>
    </message>
    <message>
        <source>“%1” is strongly collinear with the other predictors (VIF %2, above 10): its coefficient and p-value are unreliable.</source>
        <translation>“%1”与其他自变量存在严重共线性（方差膨胀因子 VIF 为 %2，超过 10）：其系数和 p 值不可靠。</translation>
    </message>
    <message>
        <source>Only %1 rows for %2 parameters (fewer than 10 per parameter): the estimates are unstable; use more rows or fewer predictors.</source>
        <translation>只有 %1 行，而待估系数有 %2 个（每个系数不足 10 行）：估计值不稳定；请使用更多的行或更少的自变量。</translation>
    </message>
    <message>
        <source>The RFM setting “%1” is not valid.</source>
        <translation>RFM 设置“%1”无效。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 recency scores are used (empty: %3): the customers have only %4 different recency values, and customers with the same value share a score. The split rule gives every score the same number of customers; cut points can also be set by hand.</source>
        <translation>%2 个最近消费得分中只用到了 %1 个（空缺：%3）：客户的最近消费只有 %4 种不同取值，而取值相同的客户得分相同。划分规则让每个得分的客户数相同；也可以手动设置分界点。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 frequency scores are used (empty: %3): the customers have only %4 different frequency values, and customers with the same value share a score. The split rule gives every score the same number of customers; cut points can also be set by hand.</source>
        <translation>%2 个消费频率得分中只用到了 %1 个（空缺：%3）：客户的消费频率只有 %4 种不同取值，而取值相同的客户得分相同。划分规则让每个得分的客户数相同；也可以手动设置分界点。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 monetary scores are used (empty: %3): the customers have only %4 different monetary values, and customers with the same value share a score. The split rule gives every score the same number of customers; cut points can also be set by hand.</source>
        <translation>%2 个消费金额得分中只用到了 %1 个（空缺：%3）：客户的消费金额只有 %4 种不同取值，而取值相同的客户得分相同。划分规则让每个得分的客户数相同；也可以手动设置分界点。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 recency scores are used (empty: %3): many customers have the same or nearly the same recency, so several cut points coincide. The split rule gives every score the same number of customers; cut points can also be set by hand.</source>
        <translation>%2 个最近消费得分中只用到了 %1 个（空缺：%3）：许多客户的最近消费相同或几乎相同，导致多个分界点重合。划分规则让每个得分的客户数相同；也可以手动设置分界点。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 frequency scores are used (empty: %3): many customers have the same or nearly the same frequency, so several cut points coincide. The split rule gives every score the same number of customers; cut points can also be set by hand.</source>
        <translation>%2 个消费频率得分中只用到了 %1 个（空缺：%3）：许多客户的消费频率相同或几乎相同，导致多个分界点重合。划分规则让每个得分的客户数相同；也可以手动设置分界点。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 monetary scores are used (empty: %3): many customers have the same or nearly the same monetary value, so several cut points coincide. The split rule gives every score the same number of customers; cut points can also be set by hand.</source>
        <translation>%2 个消费金额得分中只用到了 %1 个（空缺：%3）：许多客户的消费金额相同或几乎相同，导致多个分界点重合。划分规则让每个得分的客户数相同；也可以手动设置分界点。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 recency scores are used (empty: %3): no customer's recency lies between some of the given cut points.</source>
        <translation>%2 个最近消费得分中只用到了 %1 个（空缺：%3）：在给定的某些相邻分界点之间，没有任何客户的最近消费落入。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 frequency scores are used (empty: %3): no customer's frequency lies between some of the given cut points.</source>
        <translation>%2 个消费频率得分中只用到了 %1 个（空缺：%3）：在给定的某些相邻分界点之间，没有任何客户的消费频率落入。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 monetary scores are used (empty: %3): no customer's monetary value lies between some of the given cut points.</source>
        <translation>%2 个消费金额得分中只用到了 %1 个（空缺：%3）：在给定的某些相邻分界点之间，没有任何客户的消费金额落入。</translation>
    </message>
    <message>
        <source>The RFM analysis was cancelled.</source>
        <translation>已取消 RFM 分析。</translation>
    </message>
    <message>
        <source>The number of RFM scores must be between %1 and %2.</source>
        <translation>RFM 得分的等级数必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>The quantile offset must be a number.</source>
        <translation>分位数偏移量必须是数字。</translation>
    </message>
    <message>
        <source>RFM cut points must be 1 to %1 numbers in ascending order.</source>
        <translation>RFM 分界点必须是按升序排列的 1 到 %1 个数字。</translation>
    </message>
    <message>
        <source>The saved RFM thresholds were computed for another frequency or monetary measure. Choose the same measures, or compute new thresholds.</source>
        <translation>保存的 RFM 阈值是针对另一种消费频率或消费金额指标计算的。请选择相同的指标，或重新计算阈值。</translation>
    </message>
    <message>
        <source>The saved RFM thresholds are incomplete: each dimension needs ascending cut points.</source>
        <translation>保存的 RFM 阈值不完整：每个维度都需要按升序排列的分界点。</translation>
    </message>
    <message>
        <source>The RFM analysis date %1 is not after every purchase (the last is on %2). Choose a later date, or leave later orders out of the data.</source>
        <translation>RFM 分析日期 %1 并不晚于所有购买（最后一次购买在 %2）。请选择更晚的日期，或将更晚的订单从数据中排除。</translation>
    </message>
    <message>
        <source>Only %1 customers have purchases, fewer than the %2 scores, so some scores stay empty.</source>
        <translation>只有 %1 位客户有购买，少于 %2 个得分等级，因此部分得分为空。</translation>
    </message>
    <message>
        <source>No customer has a purchase before the analysis date; nobody gets an RFM score.</source>
        <translation>没有客户在分析日期之前有购买；所有客户都没有 RFM 得分。</translation>
    </message>
    <message>
        <source>%1 customers have no purchase before the analysis date and get no RFM score; they are listed separately.</source>
        <translation>%1 位客户在分析日期之前没有购买，因此没有 RFM 得分；这些客户单独列出。</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>Potential Loyalist</source>
        <translation>潜在忠诚客户</translation>
    </message>
    <message>
        <source>New Customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>有潜力客户</translation>
    </message>
    <message>
        <source>Need Attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>About To Sleep</source>
        <translation>即将沉睡</translation>
    </message>
    <message>
        <source>At Risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <source>Can't Lose Them</source>
        <translation>不能失去</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>The RFM segment table in the project file is damaged.</source>
        <translation>项目文件中的 RFM 细分表已损坏。</translation>
    </message>
    <message>
        <source>%1 score combinations are in no segment; their customers stay unassigned: %2.</source>
        <translation>有 %1 种得分组合不属于任何细分，这些组合的客户仍未分配：%2。</translation>
    </message>
    <message>
        <source>Code %1 is claimed by %2 rules (%3); the first one wins.</source>
        <translation>编码 %1 同时被 %2 条规则匹配（%3）；以第一条规则为准。</translation>
    </message>
    <message>
        <source>Rule %1 of the RFM segments has no name.</source>
        <translation>RFM 细分的第 %1 条规则没有名称。</translation>
    </message>
    <message>
        <source>Rule %1 of the RFM segments has the code %2; codes are three scores from 1 to 9, such as 545.</source>
        <translation>RFM 细分的第 %1 条规则的编码为 %2；编码应由三个 1 到 9 的得分组成，例如 545。</translation>
    </message>
    <message>
        <source>Rule %1 of the RFM segments has the score range %2 to %3; scores run from 1 to 9, the lower first.</source>
        <translation>RFM 细分的第 %1 条规则的得分范围为 %2 到 %3；得分取值为 1 到 9，且较小的值在前。</translation>
    </message>
    <message>
        <source>The value group setting “%1” is not valid.</source>
        <translation>价值分组的设置“%1”无效。</translation>
    </message>
    <message>
        <source>Without transactions or a predicted value the growth potential is unknown, so no customer is most growable.</source>
        <translation>没有交易或预测价值，就无法得知成长潜力，因此没有客户被列为最具成长性客户。</translation>
    </message>
    <message>
        <source>The customer list has no cost to serve, so profit is the gross profit and only customers whose refunds exceed their purchases are below zero.</source>
        <translation>客户名单中没有服务成本，因此利润即为毛利，只有退款超过购买金额的客户才属于低于零点客户。</translation>
    </message>
    <message>
        <source>Only %1 profitable customers outside the most valuable group have any growth potential, so the most growable group is smaller than asked.</source>
        <translation>在最具价值客户组之外，只有 %1 位盈利客户具有成长潜力，因此最具成长性客户组的人数少于设定值。</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>已取消分析。</translation>
    </message>
    <message>
        <source>Customers cannot be ranked by lifetime value: %1</source>
        <translation>无法按客户终身价值对客户排名：%1</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>白金</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>黄金</translation>
    </message>
    <message>
        <source>Iron</source>
        <translation>铁</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>铅</translation>
    </message>
    <message>
        <source>The customer list has no attribute “%1”.</source>
        <translation>客户名单中没有属性“%1”。</translation>
    </message>
    <message>
        <source>There are no customer attributes to explain value with: import a customer list.</source>
        <translation>没有可用于解释客户价值的客户属性：请导入客户名单。</translation>
    </message>
    <message>
        <source>This project holds a summary computed by the warehouse up to %1; to analyse another period, refresh it from the warehouse with that date.</source>
        <translation>本项目保存的是数据仓库计算到 %1 为止的客户汇总；如需分析其他时间段，请用该日期从数据仓库重新刷新。</translation>
    </message>
    <message>
        <source>The warehouse summary holds spending trends for windows of %1 days and a slope over %2 months only.</source>
        <translation>数据仓库汇总中的消费趋势只按 %1 天的时间窗口和 %2 个月的斜率计算。</translation>
    </message>
    <message>
        <source>The warehouse summary lacks the column “%1”.</source>
        <translation>数据仓库汇总缺少列“%1”。</translation>
    </message>
    <message>
        <source>The purchase model did not converge: the estimates ran off to a boundary (r = %1, α = %2, a = %3, b = %4), so the data do not pin the model down; %5 of %6 customers are repeat buyers.</source>
        <translation>购买模型未收敛：估计值趋向边界（r = %1，α = %2，a = %3，b = %4），说明数据不足以确定模型；%6 位客户中有 %5 位是重复购买客户。</translation>
    </message>
    <message>
        <source>The spend model did not converge: the estimates ran off to a boundary (p = %1, q = %2, γ = %3); spend per purchase may vary too little between or within customers.</source>
        <translation>消费金额模型未收敛：估计值趋向边界（p = %1，q = %2，γ = %3）；每次购买的消费金额在客户之间或同一客户内部的差异可能太小。</translation>
    </message>
    <message>
        <source>The analysis date falls after 9999-12-31, where no real order lies. Import the orders again or choose an earlier analysis date.</source>
        <translation>分析日期晚于 9999-12-31，那里不可能有真实订单。请重新导入订单，或选择更早的分析日期。</translation>
    </message>
    <message>
        <source>No order lies before the analysis date %1: the first order is on %2. Choose a later date.</source>
        <translation>分析日期 %1 之前没有任何订单：第一笔订单在 %2。请选择更晚的日期。</translation>
    </message>
    <message>
        <source>%1 was chosen: fitted before the holdout date, it forecast the holdout best (error %2 % of the actual repeat purchases, by frequency).</source>
        <translation>选用 %1：用留出日期之前的数据拟合时，它对留出期的预测最准（按消费频率计，误差为实际重复购买的 %2 %）。</translation>
    </message>
    <message>
        <source>%1 was chosen: it has the lowest BIC (%2) of the models that converged.</source>
        <translation>选用 %1：在已收敛的模型中，它的 BIC 最低（%2）。</translation>
    </message>
    <message>
        <source>No purchase model converged, so BG/NBD is kept.</source>
        <translation>没有购买模型收敛，因此沿用 BG/NBD。</translation>
    </message>
    <message>
        <source>The Pareto/NBD purchase model did not converge: the estimates ran off to a boundary (r = %1, α = %2, s = %3, β = %4), so the data do not pin the model down; %5 of %6 customers are repeat buyers.</source>
        <translation>Pareto/NBD 购买模型未收敛：估计值跑到了边界（r = %1，α = %2，s = %3，β = %4），数据不足以确定模型；%6 位客户中有 %5 位是回头客。</translation>
    </message>
    <message>
        <source>%1 customers have no “%2”; they are kept, clustered at its mean and shown as missing.</source>
        <translation>%1 位客户没有“%2”；他们仍保留在内，按平均值参与聚类，并显示为缺失。</translation>
    </message>
    <message>
        <source>%1 customers have no “%2”; they are kept, with “missing” as their value.</source>
        <translation>%1 位客户没有“%2”；他们仍保留在内，取值记为“缺失”。</translation>
    </message>
    <message>
        <source>k was chosen on a random sample of %1 of the %2 customers (fixed seed); the groups cover every customer.</source>
        <translation>k 是在 %2 位客户中随机抽取的 %1 位样本上选定的（固定种子）；分组覆盖全部客户。</translation>
    </message>
    <message>
        <source>The best mean silhouette is %1, below %2: these attributes show no clear groups, and the groups below are cuts through a continuum rather than types of customer.</source>
        <translation>最佳平均轮廓系数为 %1，低于 %2：这些属性没有呈现明显的群组，下面的各组只是对连续分布的切分，而不是不同类型的客户。</translation>
    </message>
    <message>
        <source>No customer attribute or value measure is called “%1”.</source>
        <translation>没有名为“%1”的客户属性或价值指标。</translation>
    </message>
    <message>
        <source>Group %1: %2 % of the customers. Set apart by (share in the group / overall): %3.</source>
        <translation>第 %1 组：占客户的 %2 %。区别于其他客户的特征（组内占比 / 总体占比）：%3。</translation>
    </message>
</context>
<context>
    <name>Segmenta::AttributeGroupsPanel</name>
    <message>
        <source>Groups on Chosen Attributes</source>
        <translation>按所选属性分组</translation>
    </message>
    <message>
        <source>Tick the attributes to group the customers by.</source>
        <translation>勾选用于给客户分组的属性。</translation>
    </message>
    <message>
        <source>&amp;Find Groups</source>
        <translation>查找分组(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Tick attributes such as lifestyle, personality, values, age and region, then Find Groups.</source>
        <translation>勾选生活方式、性格、价值观、年龄、地区等属性，然后点击“查找分组”。</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>组名</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>平均客户终身价值</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>存活概率</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <source>Set apart by</source>
        <translation>区别特征</translation>
    </message>
    <message>
        <source>&amp;Make Segment</source>
        <translation>生成细分(&amp;M)</translation>
    </message>
    <message>
        <source>Add the selected group to the segments, with its name, rule and description.</source>
        <translation>把所选分组加入细分，并带上它的名称、规则和描述。</translation>
    </message>
    <message>
        <source>Tick at least one attribute.</source>
        <translation>请至少勾选一个属性。</translation>
    </message>
    <message>
        <source>The analysis has not run yet; try again in a moment.</source>
        <translation>分析尚未完成，请稍后再试。</translation>
    </message>
    <message>
        <source>Finding groups…</source>
        <translation>正在查找分组…</translation>
    </message>
    <message>
        <source>%1 groups (mean silhouette %2).</source>
        <translation>%1 个分组（平均轮廓系数 %2）。</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>第 %1 组</translation>
    </message>
    <message>
        <source>%1 = %2 (×%3)</source>
        <translation>%1 = %2（×%3）</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>“%1” is now a segment; its rule keeps %2 of the group's %3 customers and takes in %4 others.</source>
        <translation>“%1”已成为细分；其规则保留了该组 %3 位客户中的 %2 位，并纳入了 %4 位其他客户。</translation>
    </message>
    <message>
        <source>“%1” is now a segment, but its rule describes the group loosely: it keeps %2 of the group's %3 customers and takes in %4 others; refine it on the Segments page.</source>
        <translation>“%1”已成为细分，但其规则对该组描述得较粗：保留了该组 %3 位客户中的 %2 位，并纳入了 %4 位其他客户；请在“细分”页面上细化。</translation>
    </message>
    <message>
        <source>No attribute value sets this group apart, so it cannot become a segment.</source>
        <translation>没有哪个属性取值能把这个群组区分出来，因此它不能成为细分。</translation>
    </message>
</context>
<context>
    <name>Segmenta::BacktestPanel</name>
    <message>
        <source>Backtest by frequency</source>
        <translation>按消费频率的回测</translation>
    </message>
    <message>
        <source>Backtest tracking</source>
        <translation>回测跟踪曲线</translation>
    </message>
    <message>
        <source>The data covers too short a time for a backtest (at least %1 days are needed).</source>
        <translation>数据覆盖的时间太短，无法回测（至少需要 %1 天）。</translation>
    </message>
    <message>
        <source>Testing the purchase model on the past: fitting it on the orders before %1…</source>
        <translation>正在用历史数据检验购买模型：用 %1 之前的订单拟合…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No backtest&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;无法回测&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backtest&lt;/b&gt;: the purchase model, fitted on the orders before %1, expected the %L2 customers who had bought by then to make &lt;b&gt;%3&lt;/b&gt; repeat purchases from %1 to %4; they made &lt;b&gt;%L5&lt;/b&gt; (forecast error %6 %). %7</source>
        <translation>&lt;b&gt;回测&lt;/b&gt;：用 %1 之前的订单拟合的购买模型预计，此前已购买过的 %L2 位客户在 %1 至 %4 期间会重复购买 &lt;b&gt;%3&lt;/b&gt; 次；实际为 &lt;b&gt;%L5&lt;/b&gt; 次（预测误差 %6 %）。%7</translation>
    </message>
    <message>
        <source>The fit converged.</source>
        <translation>拟合已收敛。</translation>
    </message>
    <message>
        <source>The fit did not converge: %1</source>
        <translation>拟合未收敛：%1</translation>
    </message>
    <message>
        <source>Repeat purchases in the holdout, by purchases before it</source>
        <translation>检验期内的重复购买，按检验期前的购买次数分组</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Repeat purchases before %1</source>
        <translation>%1 之前的重复购买次数</translation>
    </message>
    <message>
        <source>Mean repeat purchases in the holdout</source>
        <translation>检验期内的平均重复购买次数</translation>
    </message>
    <message>
        <source>%L1 customers: %2 repeat purchases each on average, %3 expected. Click to see them.</source>
        <translation>%L1 位客户：平均每人重复购买 %2 次，预期 %3 次。点击查看这些客户。</translation>
    </message>
    <message>
        <source>Cumulative repeat purchases</source>
        <translation>累计重复购买次数</translation>
    </message>
    <message>
        <source>Start of the holdout</source>
        <translation>检验期开始</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>周数</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%2 以来的%1</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>重复购买次数</translation>
    </message>
    <message>
        <source>%1 %2: %3 repeat purchases</source>
        <translation>%1 %2：重复购买 %3 次</translation>
    </message>
    <message>
        <source>%1 repeat purchases before %2</source>
        <translation>%2 之前重复购买 %1 次</translation>
    </message>
</context>
<context>
    <name>Segmenta::ChartExport</name>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The chart could not be written.</source>
        <translation>无法写入图表。</translation>
    </message>
    <message>
        <source>The file %1 could not be replaced; is it open elsewhere?</source>
        <translation>无法替换文件 %1；它是否在别的程序中打开？</translation>
    </message>
</context>
<context>
    <name>Segmenta::ChartFrame</name>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG, SVG or PDF file</source>
        <translation>将此图表保存为 PNG、SVG 或 PDF 文件</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>Segmenta::ClustersPage</name>
    <message>
        <source>The clusters have fewer than two features to draw.</source>
        <translation>聚类的特征少于两个，无法绘图。</translation>
    </message>
    <message>
        <source>Number of clusters (k)</source>
        <translation>聚类数（k）</translation>
    </message>
    <message>
        <source>The clusters are computed with the analysis.</source>
        <translation>聚类随分析一起计算。</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>聚类</translation>
    </message>
    <message>
        <source>Elbow</source>
        <translation>肘部图</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>轮廓系数</translation>
    </message>
    <message>
        <source>Double-click a cluster to see its customers.</source>
        <translation>双击某个聚类即可查看其客户。</translation>
    </message>
    <message>
        <source>Chosen: k = %1</source>
        <translation>选定：k = %1</translation>
    </message>
    <message>
        <source>Elbow: the spread left within the clusters</source>
        <translation>肘部图：聚类内部剩余的离散程度</translation>
    </message>
    <message>
        <source>Within-cluster sum of squares</source>
        <translation>聚类内平方和</translation>
    </message>
    <message>
        <source>Silhouette: how well the clusters separate</source>
        <translation>轮廓系数：聚类之间的区分程度</translation>
    </message>
    <message>
        <source>Mean silhouette</source>
        <translation>平均轮廓系数</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 clusters&lt;/b&gt; of buyers by log recency, frequency and monetary value; k chosen by the largest mean silhouette (%2).</source>
        <translation>按最近消费、消费频率和消费金额（取对数）将购买客户分为 &lt;b&gt;%1 个聚类&lt;/b&gt;；k 按最大的平均轮廓系数（%2）选定。</translation>
    </message>
    <message>
        <source>Clusters on the first two principal components</source>
        <translation>前两个主成分上的聚类</translation>
    </message>
    <message>
        <source>Clusters on the first two principal components (a sample of %L1 of %L2 customers)</source>
        <translation>前两个主成分上的聚类（%L2 位客户中抽样 %L1 位）</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>聚类 %1</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;PC1 %2, PC2 %3&lt;br&gt;Click its legend entry to see its customers.</source>
        <translation>%1&lt;br&gt;主成分 1：%2，主成分 2：%3&lt;br&gt;点击图例中的该项即可查看其客户。</translation>
    </message>
    <message>
        <source>%1: %2 % of the variance</source>
        <translation>%1：%2 % 的方差</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>聚类</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Mean recency (days)</source>
        <translation>平均最近消费（天）</translation>
    </message>
    <message>
        <source>Mean frequency (orders)</source>
        <translation>平均消费频率（订单数）</translation>
    </message>
    <message>
        <source>Mean monetary value</source>
        <translation>平均消费金额</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <source>%1. PC1 is mostly %2; PC2 mostly %3.</source>
        <translation>%1。PC1 主要反映%2；PC2 主要反映%3。</translation>
    </message>
    <message>
        <source>Value Clusters</source>
        <translation>按价值聚类</translation>
    </message>
    <message>
        <source>Groups on Chosen Attributes</source>
        <translation>按所选属性分组</translation>
    </message>
</context>
<context>
    <name>Segmenta::ColumnProfileView</name>
    <message>
        <source>Column profile</source>
        <translation>列概况</translation>
    </message>
    <message>
        <source>Select a column to see its profile.</source>
        <translation>选择一列以查看其概况。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%L2 rows, %L3 blank</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%L2 行，%L3 行为空</translation>
    </message>
    <message>
        <source>, %L1 distinct values</source>
        <translation>，%L1 个不同的值</translation>
    </message>
    <message>
        <source>&lt;br&gt;from %1 to %2, mean %3</source>
        <translation>&lt;br&gt;从 %1 到 %2，平均 %3</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%Ln most frequent shown; %L1 rows hold other values</source>
        <translation>
            <numerusform>&lt;br&gt;显示最常见的 %Ln 个值；另有 %L1 行为其他值</numerusform>
        </translation>
    </message>
    <message>
        <source>Most frequent values</source>
        <translation>最常见的值</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>%1: %L2 rows</source>
        <translation>%1：%L2 行</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>%1 的概况</translation>
    </message>
</context>
<context>
    <name>Segmenta::CurrencyDialog</name>
    <message>
        <source>Project Currency</source>
        <translation>项目货币</translation>
    </message>
    <message>
        <source>Money is shown with this sign on the pages, in the workshop report and in the target lists. Leave it empty for the sign of your language's country.</source>
        <translation>页面、研讨会报告和目标客户名单中的金额均带此符号。留空则使用您所用语言对应国家的货币符号。</translation>
    </message>
    <message>
        <source>&amp;Currency sign:</source>
        <translation>货币符号(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>Segmenta::CustomerListDialog</name>
    <message>
        <source>Save as CSV…</source>
        <translation>另存为 CSV…</translation>
    </message>
    <message>
        <source>Save Customers</source>
        <translation>保存客户</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Why This Segment?</source>
        <translation>为何属于此细分？</translation>
    </message>
    <message>
        <source>Which segment the selected customer is in, the rules tried in priority order and which of their conditions held.</source>
        <translation>所选客户属于哪个细分、按优先级依次检查的规则，以及其中哪些条件成立。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customers. Click a column header to sort.</source>
        <translation>
            <numerusform>%1：%Ln 位客户。点击列标题可排序。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Segmenta::DataPage</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Customers (%L1)</source>
        <translation>客户（%L1）</translation>
    </message>
    <message>
        <source>Transactions (%L1)</source>
        <translation>交易（%L1）</translation>
    </message>
</context>
<context>
    <name>Segmenta::Demo</name>
    <message>
        <source>The demo data generation was cancelled.</source>
        <translation>已取消生成演示数据。</translation>
    </message>
    <message>
        <source>Cannot write the file “%1”: %2</source>
        <translation>无法写入文件“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot replace the existing file “%1”.</source>
        <translation>无法替换现有文件“%1”。</translation>
    </message>
    <message>
        <source>The demo data needs between 1 and %1 customers.</source>
        <translation>演示数据的客户数须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The mean number of order lines per customer must be between 0 and %1.</source>
        <translation>每位客户的平均订单行数须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>The demo period from %1 to %2 is not valid: the end must not be before the start, and it may span at most %3 days.</source>
        <translation>演示期间 %1 至 %2 无效：结束日期不能早于开始日期，且最多跨 %3 天。</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1” for the demo data.</source>
        <translation>无法为演示数据创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>Cannot write the demo data to the folder “%1”: %2</source>
        <translation>无法将演示数据写入文件夹“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Segmenta::DemoProject</name>
    <message>
        <source>Building the demo</source>
        <translation>正在生成演示项目</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
</context>
<context>
    <name>Segmenta::DriverEffectChart</name>
    <message>
        <source>What drives value</source>
        <translation>价值的驱动因素</translation>
    </message>
    <message>
        <source>What makes a top-20 % customer</source>
        <translation>哪些因素造就前 20 % 的客户</translation>
    </message>
    <message>
        <source>Significant (p ≤ 0.05)</source>
        <translation>显著（p ≤ 0.05）</translation>
    </message>
    <message>
        <source>Not significant (p &gt; 0.05)</source>
        <translation>不显著（p &gt; 0.05）</translation>
    </message>
    <message>
        <source>Change in log-odds per SD of the attribute</source>
        <translation>对数几率变化 / 属性标准差</translation>
    </message>
    <message>
        <source>SDs of value per SD of the attribute</source>
        <translation>价值标准差 / 属性标准差</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;standardised effect %2 ± %3&lt;br&gt;estimate %4 (SE %5)&lt;br&gt;%6 = %7, p = %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;标准化效应 %2 ± %3&lt;br&gt;估计值 %4（标准误 %5）&lt;br&gt;%6 = %7，p = %8</translation>
    </message>
    <message>
        <source>95 % confidence interval</source>
        <translation>95% 置信区间</translation>
    </message>
</context>
<context>
    <name>Segmenta::DriversPage</name>
    <message>
        <source>Customer value (linear regression)</source>
        <translation>客户价值（线性回归）</translation>
    </message>
    <message>
        <source>In the top 20 % by revenue (logistic regression)</source>
        <translation>按收入位于前 20 %（逻辑回归）</translation>
    </message>
    <message>
        <source>Explain:</source>
        <translation>解释：</translation>
    </message>
    <message>
        <source>With these customer attributes:</source>
        <translation>使用以下客户属性：</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>拟合</translation>
    </message>
    <message>
        <source>The drivers are fitted when a project is open.</source>
        <translation>打开项目后即拟合驱动因素。</translation>
    </message>
    <message>
        <source>Drivers of value</source>
        <translation>价值驱动因素</translation>
    </message>
    <message>
        <source>Principal components</source>
        <translation>主成分</translation>
    </message>
    <message>
        <source>Choose at least one attribute.</source>
        <translation>请至少选择一个属性。</translation>
    </message>
    <message>
        <source>Fitting…</source>
        <translation>正在拟合…</translation>
    </message>
    <message>
        <source>Fitting the drivers</source>
        <translation>正在拟合驱动因素</translation>
    </message>
    <message>
        <source>&lt;b&gt;R² = %1&lt;/b&gt; (adjusted %2): the attributes explain %3 % of the differences in value between customers. F = %4, p %5.</source>
        <translation>&lt;b&gt;R² = %1&lt;/b&gt;（调整后 %2）：这些属性解释了客户之间价值差异的 %3 %。F = %4，p %5。</translation>
    </message>
    <message>
        <source>&lt;b&gt;McFadden pseudo-R² = %1&lt;/b&gt;; AIC %2; iterations: %3.</source>
        <translation>&lt;b&gt;McFadden 伪 R² = %1&lt;/b&gt;；AIC %2；迭代 %3 次。</translation>
    </message>
    <message>
        <source>%L1 customers used, %L2 left out for a missing value. Bars are faded where p &gt; 0.05 (the effect may be chance).</source>
        <translation>使用了 %L1 位客户，%L2 位因缺失值被排除。p &gt; 0.05 的条形颜色较浅（该效应可能出于偶然）。</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>项</translation>
    </message>
    <message>
        <source>Standardised effect</source>
        <translation>标准化效应</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估计值</translation>
    </message>
    <message>
        <source>Std. error</source>
        <translation>标准误</translation>
    </message>
    <message>
        <source>VIF</source>
        <translation>方差膨胀因子</translation>
    </message>
    <message>
        <source>Principal components: variance explained</source>
        <translation>主成分：解释的方差</translation>
    </message>
    <message>
        <source>Variance explained</source>
        <translation>解释的方差</translation>
    </message>
    <message>
        <source>PC%1: %2 % of the variance, %3 % with the ones before&lt;br&gt;mostly %4</source>
        <translation>主成分 %1：解释 %2 % 的方差，连同之前的主成分共 %3 %&lt;br&gt;主要由 %4 构成</translation>
    </message>
</context>
<context>
    <name>Segmenta::Export</name>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
    <message>
        <source>The suppression list “%1” cannot be read: %2</source>
        <translation>无法读取排除名单“%1”：%2</translation>
    </message>
    <message>
        <source>The target list has no column “%1”: name a customer column, a computed measure or one of segment, offer, message, owner, channel, id, expected_value.</source>
        <translation>目标客户名单没有“%1”这一列：请填写客户列、计算指标，或 segment、offer、message、owner、channel、id、expected_value 之一。</translation>
    </message>
    <message>
        <source>The target list has no columns.</source>
        <translation>目标客户名单没有任何列。</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was changed.</source>
        <translation>导出已取消，没有文件被更改。</translation>
    </message>
    <message>
        <source>The segment assignment does not match the customers (%1 assigned, %2 customers); assign the segments again.</source>
        <translation>细分分配与客户不一致（已分配 %1 个，客户 %2 个）；请重新分配细分。</translation>
    </message>
    <message>
        <source>The project has no segments to export.</source>
        <translation>该项目没有可导出的细分。</translation>
    </message>
    <message>
        <source>There is no segment “%1”.</source>
        <translation>没有名为“%1”的细分。</translation>
    </message>
    <message>
        <source>The segment “%1” has %2 customers, more than a worksheet holds; export it as CSV.</source>
        <translation>细分“%1”有 %2 位客户，超过一个工作表的容量；请导出为 CSV。</translation>
    </message>
    <message>
        <source>Customer “%1” would be on two target lists (“%2” and “%3”); nothing was exported.</source>
        <translation>客户“%1”会同时出现在两份目标客户名单中（“%2”和“%3”）；未导出任何内容。</translation>
    </message>
</context>
<context>
    <name>Segmenta::ExportPage</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>One target list per segment for sales: best prospects first, each customer on one list only, with the segment's offer and message.</source>
        <translation>为销售人员按细分生成目标客户名单：最有希望的客户排在前面，每位客户只出现在一份名单上，并附上该细分的推荐产品和话术。</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>细分：</translation>
    </message>
    <message>
        <source>Columns (drag to reorder):</source>
        <translation>列（拖动可调整顺序）：</translation>
    </message>
    <message>
        <source>Excel workbook (one sheet per segment)</source>
        <translation>Excel 工作簿（每个细分一个工作表）</translation>
    </message>
    <message>
        <source>CSV (one file per segment)</source>
        <translation>CSV（每个细分一个文件）</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>UTF-8 (Excel 2016 and later, every other program)</source>
        <translation>UTF-8（Excel 2016 及以后版本和其他所有程序）</translation>
    </message>
    <message>
        <source>GB18030 (older Chinese Excel)</source>
        <translation>GB18030（旧版中文 Excel）</translation>
    </message>
    <message>
        <source>CSV encoding:</source>
        <translation>CSV 编码：</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Optional: ids, phone numbers or e-mails not to contact</source>
        <translation>可选：不应联系的客户编号、电话号码或电子邮箱</translation>
    </message>
    <message>
        <source>&amp;Do not contact:</source>
        <translation>请勿联系(&amp;D)：</translation>
    </message>
    <message>
        <source>Suppression List</source>
        <translation>免打扰名单</translation>
    </message>
    <message>
        <source>Lists (*.txt *.csv);;All files (*)</source>
        <translation>名单 (*.txt *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>%1 (%2 customers)</source>
        <translation>%1（%2 位客户）</translation>
    </message>
    <message>
        <source>Choose at least one segment.</source>
        <translation>请至少选择一个细分。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exporting target lists</source>
        <translation>正在导出目标客户名单</translation>
    </message>
    <message>
        <source>The export did not run.</source>
        <translation>导出未能运行。</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>已取消导出；未写入任何文件。</translation>
    </message>
    <message>
        <source>%1 left out by the suppression list.</source>
        <translation>免打扰名单排除了 %1 位客户。</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers on %n lists in %2.</source>
        <translation>
            <numerusform>%1 位客户，共 %n 份名单，位于 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Column codes (for scripts)</source>
        <translation>列代码（供脚本使用）</translation>
    </message>
    <message>
        <source>%1 (rule error: %2)</source>
        <translation>%1（规则错误：%2）</translation>
    </message>
    <message>
        <source>List lan&amp;guage:</source>
        <translation>名单语言(&amp;G)：</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>E&amp;xport Target Lists</source>
        <translation>导出目标客户名单(&amp;X)</translation>
    </message>
</context>
<context>
    <name>Segmenta::FieldNames</name>
    <message>
        <source>Recency</source>
        <translation>最近消费</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>消费频率</translation>
    </message>
    <message>
        <source>Monetary value</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>Recency score (R)</source>
        <translation>最近消费得分（R）</translation>
    </message>
    <message>
        <source>Frequency score (F)</source>
        <translation>消费频率得分（F）</translation>
    </message>
    <message>
        <source>Monetary score (M)</source>
        <translation>消费金额得分（M）</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 细分</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>价值层级</translation>
    </message>
    <message>
        <source>Value group</source>
        <translation>价值组</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <source>Probability alive</source>
        <translation>存活概率</translation>
    </message>
    <message>
        <source>Purchase probability</source>
        <translation>购买可能性</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>成长性</translation>
    </message>
    <message>
        <source>Spending trend</source>
        <translation>消费趋势</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>聚类</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>推荐产品</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>话术</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>预期价值</translation>
    </message>
</context>
<context>
    <name>Segmenta::Files</name>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: No space left on device. Free some space and try again.</source>
        <translation>无法写入“%1”：设备上没有剩余空间。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: your disk quota is used up.</source>
        <translation>无法写入“%1”：您的磁盘配额已用完。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: permission denied.</source>
        <translation>无法写入“%1”：权限不足。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: the disk is read-only.</source>
        <translation>无法写入“%1”：磁盘为只读。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: the file would be larger than this disk allows.</source>
        <translation>无法写入“%1”：文件将超过此磁盘允许的大小。</translation>
    </message>
</context>
<context>
    <name>Segmenta::Health</name>
    <message>
        <source>The project has no segments yet: define segments, each with an objective, before planning campaigns.</source>
        <translation>项目还没有细分：在策划营销活动之前，请先定义细分，并为每个细分写明目标。</translation>
    </message>
    <message>
        <source>Customers are not each in exactly one segment: %1 customers, but %2 assigned plus %3 unassigned, %4 invalid segment numbers and %5 segment counts that do not match. A customer could appear on two target lists.</source>
        <translation>并非每位客户都恰好属于一个细分：共 %1 位客户，但已分配 %2 位、未分配 %3 位，另有 %4 个无效的细分编号和 %5 个不一致的细分人数。同一位客户可能出现在两份目标客户名单上。</translation>
    </message>
    <message>
        <source>The segmentation has never been used: no target list was exported from its %1 segments.</source>
        <translation>这套客户细分从未被使用：它的 %1 个细分都还没有导出过目标客户名单。</translation>
    </message>
    <message>
        <source>The segments were last refreshed on %1, %2 days before %3 (more than %4 days): customers have moved since.</source>
        <translation>细分最近一次更新是在 %1，距 %3 已有 %2 天（超过 %4 天）：客户此后已经发生了变化。</translation>
    </message>
    <message>
        <source>The data is stale: the last order is from %1, %2 days before %3 (more than %4 days). Import recent orders before acting on these segments.</source>
        <translation>数据已过时：最近一笔订单是 %1，距 %3 已有 %2 天（超过 %4 天）。请先导入最新订单，再根据这些细分采取行动。</translation>
    </message>
    <message>
        <source>%1 % of the customers (%2 of %3) are in no segment (more than %4 %): give them a segment of their own or widen the rules.</source>
        <translation>%1 % 的客户（%3 位中的 %2 位）不属于任何细分（超过 %4 %）：请为他们单独设立一个细分，或放宽规则。</translation>
    </message>
    <message>
        <source>%1 of the %2 platinum and gold customers (%3 %) are declining, but no segment rule uses a growth measure (growth, trend, lifecycle, value_group, p_alive, purchase_probability, clv).</source>
        <translation>%2 位白金和黄金客户中有 %1 位（%3 %）正在衰退，但没有任何细分规则使用成长性指标（growth、trend、lifecycle、value_group、p_alive、purchase_probability、clv）。</translation>
    </message>
    <message>
        <source>Frequent low-asset customers bring %1 % of the profit (%2 customers), but %3 % of them sit in the iron or lead tier.</source>
        <translation>高频低资产客户带来了 %1 % 的利润（%2 位客户），但其中 %3 % 处于铁或铅价值层级。</translation>
    </message>
    <message>
        <source>Segment “%1” has no objective: write down what it is for and what sales should achieve with it.</source>
        <translation>细分“%1”没有目标：请写明它的用途，以及销售要通过它达成什么。</translation>
    </message>
    <message>
        <source>Segment “%1” has no customers: its rule matches nobody.</source>
        <translation>细分“%1”没有客户：它的规则没有匹配到任何人。</translation>
    </message>
    <message>
        <source>Segment “%1” has no customers: the %2 customers its rule matches are all taken by segments above it.</source>
        <translation>细分“%1”没有客户：它的规则匹配到的 %2 位客户都已被排在它前面的细分占用。</translation>
    </message>
    <message>
        <source>Segment “%1” is defined only by the product bought (%2): it labels products, not customers.</source>
        <translation>细分“%1”只按购买的产品类型划分（%2）：它识别的是产品，而不是客户。</translation>
    </message>
    <message>
        <source>Segment “%1” is defined only by assets (%2): assets show the ability to pay, not the wish to buy.</source>
        <translation>细分“%1”只按资产划分（%2）：资产反映的是支付能力，而不是购买意愿。</translation>
    </message>
    <message>
        <source>Segment “%1” is defined only by signup date (%2): when customers arrived says little about what they need.</source>
        <translation>细分“%1”只按注册时间划分（%2）：客户何时到来，很难说明他们需要什么。</translation>
    </message>
    <message>
        <source>Segment “%1” plans for a %2 % response, but its customers' mean purchase probability is %3 % and %4 % of them bought in the last %5 days.</source>
        <translation>细分“%1”预计的响应率为 %2 %，但其客户的平均购买可能性为 %3 %，最近 %5 天内购买过的客户占 %4 %。</translation>
    </message>
    <message>
        <source>Segment “%1” plans for a %2 % response, but only %3 % of its customers bought in the last %4 days.</source>
        <translation>细分“%1”预计的响应率为 %2 %，但最近 %4 天内只有 %3 % 的客户购买过。</translation>
    </message>
</context>
<context>
    <name>Segmenta::HealthPage</name>
    <message>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>The checks run once the analysis and the segments are ready.</source>
        <translation>分析和细分就绪后即运行检查。</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>所有细分</translation>
    </message>
    <message>
        <source>No segmentation mistakes found.</source>
        <translation>未发现细分误区。</translation>
    </message>
    <message>
        <source>Checking the segments…</source>
        <translation>正在检查细分…</translation>
    </message>
    <message numerus="yes">
        <source>%n findings to look at before the lists go to sales.</source>
        <translation>
            <numerusform>名单交给销售人员之前，有 %n 个问题需要查看。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segments with a rule error are left out.</source>
        <translation>
            <numerusform>%n 个规则有错误的细分未计入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Segmenta::HeatmapWidget</name>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
</context>
<context>
    <name>Segmenta::Import</name>
    <message>
        <source>Nothing to import: give a customers file, a transactions file, or both.</source>
        <translation>没有可导入的内容：请提供客户名单文件、交易文件，或两者都提供。</translation>
    </message>
    <message>
        <source>“%1” could not be decompressed.</source>
        <translation>无法解压“%1”。</translation>
    </message>
    <message>
        <source>“%1” is a damaged compressed file.</source>
        <translation>“%1”是损坏的压缩文件。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8. Choose its encoding (for example GB18030 or Big5).</source>
        <translation>该文件不是有效的 UTF-8 编码。请选择其编码（例如 GB18030 或 Big5）。</translation>
    </message>
    <message>
        <source>The encoding “%1” is not supported.</source>
        <translation>不支持编码“%1”。</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>“%1”是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2.</source>
        <translation>无法读取文件“%1”：%2。</translation>
    </message>
    <message>
        <source>“%1” is an old Excel (.xls) workbook. Save it as .xlsx or CSV and import that.</source>
        <translation>“%1”是旧版 Excel（.xls）工作簿。请另存为 .xlsx 或 CSV 后再导入。</translation>
    </message>
    <message>
        <source>The file “%1” is empty.</source>
        <translation>文件“%1”是空的。</translation>
    </message>
    <message>
        <source>The file “%1” has no data.</source>
        <translation>文件“%1”中没有数据。</translation>
    </message>
    <message>
        <source>“%1” is not a column role of this kind of file.</source>
        <translation>“%1”不是此类文件的列角色。</translation>
    </message>
    <message>
        <source>There is no column “%1” in “%2”. Its columns are: %3.</source>
        <translation>“%2”中没有列“%1”。现有的列为：%3。</translation>
    </message>
    <message>
        <source>No column of “%1” was recognised as “%2”. Its columns are: %3. Name the column with --map %2=COLUMN.</source>
        <translation>“%1”中没有识别出“%2”列。现有的列为：%3。请用 --map %2=列名 指定该列。</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>The dates in column “%1” read both day-first and month-first (for example “%2”). Choose the order: --date-order dmy or --date-order mdy.</source>
        <translation>列“%1”中的日期既可按日在前也可按月在前理解（例如“%2”）。请选择顺序：--date-order dmy 或 --date-order mdy。</translation>
    </message>
    <message>
        <source>“%1” is not a date when read as %2.</source>
        <translation>按 %2 顺序读取时，“%1”不是有效日期。</translation>
    </message>
    <message>
        <source>No line of “%1” could be loaded.</source>
        <translation>“%1”中没有任何一行能够导入。</translation>
    </message>
    <message>
        <source>Expected %1 fields but found %2.</source>
        <translation>应有 %1 个字段，实际为 %2 个。</translation>
    </message>
    <message>
        <source>The customer id is missing.</source>
        <translation>缺少客户编号。</translation>
    </message>
    <message>
        <source>The customer id “%1” already appeared on line %2.</source>
        <translation>客户编号“%1”已在第 %2 行出现过。</translation>
    </message>
    <message>
        <source>The amount is missing.</source>
        <translation>缺少金额。</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>缺少日期。</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1”不是日期。</translation>
    </message>
    <message>
        <source>“%1” is not an Excel workbook (.xlsx).</source>
        <translation>“%1”不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>“%1” is damaged and could not be read completely. Open it in Excel and save it again.</source>
        <translation>“%1”已损坏，无法完整读取。请在 Excel 中打开并重新保存。</translation>
    </message>
    <message>
        <source>The workbook “%1” could not be read: %2 (%3, line %4).</source>
        <translation>无法读取工作簿“%1”：%2（%3，第 %4 行）。</translation>
    </message>
    <message>
        <source>“%1” is an Excel binary workbook (.xlsb). Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>“%1”是 Excel 二进制工作簿（.xlsb）。请在 Excel 中打开，另存为 Excel 工作簿（.xlsx）或 CSV。</translation>
    </message>
    <message>
        <source>“%1” is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel and save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>“%1”是 OpenDocument 电子表格（.ods）。请在 LibreOffice 或 Excel 中打开，另存为 Excel 工作簿（.xlsx）或 CSV。</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2.</source>
        <translation>无法打开“%1”：%2。</translation>
    </message>
    <message>
        <source>“%1” is protected with a password. Open it in Excel, save a copy without the password as an Excel workbook (.xlsx) or as CSV, and import that copy.</source>
        <translation>“%1”受密码保护。请在 Excel 中打开，将不带密码的副本另存为 Excel 工作簿（.xlsx）或 CSV，再导入该副本。</translation>
    </message>
    <message>
        <source>“%1” is an Excel 97–2003 workbook (.xls), which cannot be read. Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>“%1”是 Excel 97–2003 工作簿（.xls），无法读取。请在 Excel 中打开，另存为 Excel 工作簿（.xlsx）或 CSV。</translation>
    </message>
    <message>
        <source>“%1” contains no worksheets.</source>
        <translation>“%1”中没有工作表。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”. Its sheets are: %2.</source>
        <translation>工作簿中没有名为“%1”的工作表。现有工作表：%2。</translation>
    </message>
    <message>
        <source>“%1” is incomplete: the text of its cells (%2) is missing. Open it in Excel and save it again.</source>
        <translation>“%1”不完整：缺少单元格文本（%2）。请在 Excel 中打开并重新保存。</translation>
    </message>
    <message>
        <source>The sheet “%1” of “%2” is damaged: its XML breaks off or is malformed at line %3 (%4). Open it in Excel and save it again.</source>
        <translation>“%2”中的工作表“%1”已损坏：其 XML 在第 %3 行中断或格式错误（%4）。请在 Excel 中打开并重新保存。</translation>
    </message>
    <message>
        <source>“%1” is an empty ZIP archive, not an Excel workbook: it holds no files at all.</source>
        <translation>“%1”是空的 ZIP 压缩包，不是 Excel 工作簿：其中没有任何文件。</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (it is a pipe, a device or a socket). Save the data to a file and import that.</source>
        <translation>“%1”不是普通文件（而是管道、设备或套接字）。请把数据保存为文件，再导入该文件。</translation>
    </message>
    <message>
        <source>Line %2 of “%1” has a field longer than %3 MB, the most one field may hold. Is this the right file, with the right delimiter?</source>
        <translation>“%1”第 %2 行有一个字段超过 %3 MB，这是单个字段的上限。请确认文件和分隔符是否正确。</translation>
    </message>
    <message>
        <source>Line %2 of “%1” is longer than %3 MB, the most one line may hold. Is this the right file, with the right delimiter and quotes?</source>
        <translation>“%1”第 %2 行超过 %3 MB，这是单行的上限。请确认文件、分隔符和引号是否正确。</translation>
    </message>
    <message>
        <source>Line %2 of “%1” has more than %3 columns, the most Segmenta reads. Keep the columns you need and import that.</source>
        <translation>“%1”第 %2 行超过 %3 列，这是 Segmenta 能读取的上限。请只保留需要的列，再导入。</translation>
    </message>
    <message>
        <source>“%1” expands to more than %2 times its compressed size, which real data does not. It is not read.</source>
        <translation>“%1”解压后超过压缩大小的 %2 倍，真实数据不会如此。不读取该文件。</translation>
    </message>
    <message>
        <source>A cell of “%1” holds more than %2 MB of text, the most one field may hold. It is not read.</source>
        <translation>“%1”中有一个单元格的文本超过 %2 MB，这是单个字段的上限。不读取该文件。</translation>
    </message>
    <message>
        <source>There is no column “%1” in “%2”. Its columns are: %3 and %4 more.</source>
        <translation>“%2”中没有列“%1”。现有的列为：%3，以及另外 %4 列。</translation>
    </message>
    <message>
        <source>No column of “%1” was recognised as “%2”. Its columns are: %3 and %4 more. Name the column with --map %2=COLUMN.</source>
        <translation>“%1”中没有识别出“%2”列。现有的列为：%3，以及另外 %4 列。请用 --map %2=列名 指定该列。</translation>
    </message>
    <message>
        <source>“%1” is outside the dates accepted (%2 to %3): a placeholder or a typing error.</source>
        <translation>“%1”超出可接受的日期范围（%2 至 %3）：可能是占位值或输入错误。</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 (the file is read as UTF-8).</source>
        <translation>第 %1 行不是有效的 UTF-8（该文件按 UTF-8 读取）。</translation>
    </message>
    <message>
        <source>The header (line %1) of “%2” is in another encoding than the lines below it, which are read as %3: its column names would be garbled. Save the file in one encoding and import it again.</source>
        <translation>“%2”的表头（第 %1 行）与其下各行的编码不同（各行按 %3 读取）：列名会变成乱码。请将文件保存为同一种编码后重新导入。</translation>
    </message>
</context>
<context>
    <name>Segmenta::ImportSourceEditor</name>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>竖线</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Encoding %1, delimiter %2. Check the role of each column: the first rows are shown below.</source>
        <translation>编码 %1，分隔符 %2。请检查每一列的角色：下面显示前几行。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>First &amp;row holds the column names</source>
        <translation>首行为列名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>工作表(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>Segmenta::ImportSummaryDialog</name>
    <message>
        <source>Import Summary</source>
        <translation>导入摘要</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3): %L4 lines read, %L5 loaded, %L6 rejected, %L7 blank.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2，%3）：读取 %L4 行，导入 %L5 行，拒绝 %L6 行，空行 %L7 行。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>The first %L1 of %L2 rejected lines are shown; save them to see all.</source>
        <translation>仅显示 %L2 个被拒绝行中的前 %L1 个；保存后可查看全部。</translation>
    </message>
    <message>
        <source>&amp;Save Rejected Lines…</source>
        <translation>保存被拒绝的行(&amp;S)…</translation>
    </message>
    <message>
        <source>Save Rejected Lines</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Segmenta::ImportWizard</name>
    <message>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>客户名单</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Check how the file is read and what each column means.</source>
        <translation>检查文件的读取方式以及每一列的含义。</translation>
    </message>
    <message>
        <source>Day or month first?</source>
        <translation>日在前还是月在前？</translation>
    </message>
    <message>
        <source>Some dates read both ways (05/03/2024 is 5 March or 3 May). Segmenta does not guess: say how your system writes dates.</source>
        <translation>有些日期两种理解都成立（05/03/2024 可能是 3 月 5 日，也可能是 5 月 3 日）。Segmenta 不会猜测：请说明您的系统如何书写日期。</translation>
    </message>
    <message>
        <source>Day first: 05/03/2024 is 5 March 2024</source>
        <translation>日在前：05/03/2024 是 2024 年 3 月 5 日</translation>
    </message>
    <message>
        <source>Month first: 05/03/2024 is May 3, 2024</source>
        <translation>月在前：05/03/2024 是 2024 年 5 月 3 日</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>列：%1</translation>
    </message>
</context>
<context>
    <name>Segmenta::ImportWizardFilesPage</name>
    <message>
        <source>Which files?</source>
        <translation>导入哪些文件？</translation>
    </message>
    <message>
        <source>A customer list, an order history, or both. CSV, TXT, Excel (.xlsx) and .gz files; GBK, Big5, UTF-8 and UTF-16 are recognised.</source>
        <translation>客户名单、订单记录，或两者。支持 CSV、TXT、Excel（.xlsx）和 .gz 文件；可识别 GBK、Big5、UTF-8 和 UTF-16 编码。</translation>
    </message>
    <message>
        <source>Data files (%1)</source>
        <translation>数据文件 (%1)</translation>
    </message>
    <message>
        <source>&amp;Customer list:</source>
        <translation>客户名单(&amp;C)：</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>客户名单</translation>
    </message>
    <message>
        <source>&amp;Orders:</source>
        <translation>订单(&amp;O)：</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Save the &amp;project as:</source>
        <translation>项目另存为(&amp;P)：</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Segmenta projects (*.segmenta)</source>
        <translation>Segmenta 项目 (*.segmenta)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>Segmenta::LifetimePanel</name>
    <message>
        <source>Probability alive matrix</source>
        <translation>存活概率矩阵</translation>
    </message>
    <message>
        <source>Expected purchases matrix</source>
        <translation>预期购买次数矩阵</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lifetime value could not be computed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;无法计算客户终身价值。&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>the fit converged on %L1 customers, %L2 of whom bought again.</source>
        <translation>拟合已收敛，共 %L1 位客户，其中 %L2 位有重复购买。</translation>
    </message>
    <message>
        <source>&lt;b&gt;the fit did not converge&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;拟合未收敛&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>the fit converged on %L1 repeat buyers.</source>
        <translation>拟合已收敛，共 %L1 位重复购买客户。</translation>
    </message>
    <message>
        <source>Forecasts cover the next %1 %2. P(alive) is the probability that a customer still buys from you; customers top right in the matrices bought often and recently.</source>
        <translation>预测覆盖未来 %1 %2。存活概率是客户仍在向您购买的可能性；矩阵右上方的客户购买频繁且最近刚购买过。</translation>
    </message>
    <message>
        <source>Mean P(alive)</source>
        <translation>平均存活概率</translation>
    </message>
    <message>
        <source>Expected purchases in the next %1 %2</source>
        <translation>未来 %1 %2内的预期购买次数</translation>
    </message>
    <message>
        <source>Mean expected purchases</source>
        <translation>平均预期购买次数</translation>
    </message>
    <message>
        <source>Frequency %1, recency %2</source>
        <translation>消费频率 %1，最近消费 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Purchase model (BG/NBD)&lt;/b&gt;, time in %1: r = %2 and α = %3 say how often active customers buy (on average %4 purchases per %5); a = %6 and b = %7 how soon they stop (after each purchase %8 of customers stop buying); </source>
        <translation>&lt;b&gt;购买模型（BG/NBD）&lt;/b&gt;，时间单位：%1。r = %2 和 α = %3 表示活跃客户购买的频繁程度（平均每%5购买 %4 次）；a = %6 和 b = %7 表示客户多快停止购买（每次购买后有 %8 的客户不再购买）；</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spend model (Gamma-Gamma)&lt;/b&gt;: p = %1 says how much one customer's orders vary around their own average, q = %2 and γ = %3 how much those averages differ between customers (an average order of about %4); </source>
        <translation>&lt;b&gt;消费金额模型（Gamma-Gamma）&lt;/b&gt;：p = %1 表示同一位客户的各笔订单围绕其自身平均值的波动程度，q = %2 和 γ = %3 表示不同客户的平均订单金额相差多少（平均每笔订单约 %4）；</translation>
    </message>
    <message>
        <source>Repeat purchases (x)</source>
        <translation>重复购买次数（x）</translation>
    </message>
    <message>
        <source>Time between first and last purchase, in %1 (t_x)</source>
        <translation>首次与末次购买的间隔（%1，t_x）</translation>
    </message>
    <message>
        <source>%1 repeat purchases, %2 %3 between first and last purchase: no customers</source>
        <translation>重复购买 %1 次，首次与末次购买间隔 %2 %3：没有客户</translation>
    </message>
    <message>
        <source>%1 repeat purchases, %2 %3 between first and last purchase: %L4 customers
Mean probability alive: %5
Mean expected purchases in the next %6 %3: %7
Click to see them.</source>
        <translation>重复购买 %1 次，首次与末次购买间隔 %2 %3：%L4 位客户
平均存活概率：%5
未来 %6 %3 的平均预期购买次数：%7
点击查看这些客户。</translation>
    </message>
    <message>
        <source>Probability alive by repeat purchases and time between first and last purchase</source>
        <translation>按重复购买次数和首次与末次购买间隔划分的存活概率</translation>
    </message>
</context>
<context>
    <name>Segmenta::MainWindow</name>
    <message>
        <source>Segmenta</source>
        <translation>Segmenta</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Segmenta</source>
        <translation>关于 Segmenta(&amp;A)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Segmenta projects (*.segmenta)</source>
        <translation>Segmenta 项目 (*.segmenta)</translation>
    </message>
    <message>
        <source>%1 – Segmenta</source>
        <translation>%1 – Segmenta</translation>
    </message>
    <message>
        <source>%1: %L2 customers, %L3 transactions</source>
        <translation>%1：%L2 位客户，%L3 笔交易</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康检查</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Workshop Report…</source>
        <translation>研讨会报告(&amp;W)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Workshop Report</source>
        <translation>研讨会报告</translation>
    </message>
    <message>
        <source>Open a project and let the analysis finish first.</source>
        <translation>请先打开项目，并等待分析完成。</translation>
    </message>
    <message>
        <source> workshop report</source>
        <translation> 研讨会报告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>报告已保存：%1</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Value &amp; CLV</source>
        <translation>价值与客户终身价值</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>驱动因素</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>聚类</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>已取消报告。</translation>
    </message>
    <message>
        <source>Project C&amp;urrency…</source>
        <translation>项目货币(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>Segmenta::MigrationTableModel</name>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>未分级</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>New since</source>
        <translation>此后新增</translation>
    </message>
    <message>
        <source>Gone since</source>
        <translation>此后流失</translation>
    </message>
    <message>
        <source>%1 → %2: %L3 customers, %4 % of the row</source>
        <translation>%1 → %2：%L3 位客户，占该行的 %4 %</translation>
    </message>
</context>
<context>
    <name>Segmenta::OverviewPage</name>
    <message>
        <source>The analysis runs when a project is open.</source>
        <translation>打开项目后即开始分析。</translation>
    </message>
    <message>
        <source>&lt;p style='font-size:large'&gt;&lt;b&gt;%L1&lt;/b&gt; customers &amp;nbsp; &lt;b&gt;%L2&lt;/b&gt; transactions &amp;nbsp; revenue &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; Gini &lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The top 20 % of customers bring &lt;b&gt;%5 %&lt;/b&gt; of the value; &lt;b&gt;%L6&lt;/b&gt; customers (%7 %) make up 80 % of it.&lt;/p&gt;</source>
        <translation>&lt;p style='font-size:large'&gt;客户 &lt;b&gt;%L1&lt;/b&gt; 位 &amp;nbsp; 交易 &lt;b&gt;%L2&lt;/b&gt; 笔 &amp;nbsp; 收入 &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; 基尼系数 &lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;&lt;p&gt;前 20% 的客户带来 &lt;b&gt;%5%&lt;/b&gt; 的价值；&lt;b&gt;%L6&lt;/b&gt; 位客户（%7%）贡献了 80% 的价值。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>80-20 curve</source>
        <translation>二八曲线</translation>
    </message>
    <message>
        <source>Customer pyramid</source>
        <translation>客户金字塔</translation>
    </message>
    <message>
        <source>&lt;p&gt;Exact over all &lt;b&gt;%L1&lt;/b&gt; customers on the server: &lt;b&gt;%L2&lt;/b&gt; orders, revenue &lt;b&gt;%3&lt;/b&gt;, Gini &lt;b&gt;%4&lt;/b&gt;; the top 20 % bring &lt;b&gt;%5 %&lt;/b&gt; of the value; &lt;b&gt;%L6&lt;/b&gt; customers make up 80 % of it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;服务器上全部 &lt;b&gt;%L1&lt;/b&gt; 位客户的精确数字：订单 &lt;b&gt;%L2&lt;/b&gt; 笔，收入 &lt;b&gt;%3&lt;/b&gt;，基尼系数 &lt;b&gt;%4&lt;/b&gt;；前 20% 的客户带来 &lt;b&gt;%5%&lt;/b&gt; 的价值；&lt;b&gt;%L6&lt;/b&gt; 位客户贡献了 80% 的价值。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Segmenta::ParetoChart</name>
    <message>
        <source>Who brings the value (80/20)</source>
        <translation>谁带来价值（二八法则）</translation>
    </message>
    <message>
        <source>Share of value</source>
        <translation>价值占比</translation>
    </message>
    <message>
        <source>Everyone equal</source>
        <translation>完全平均</translation>
    </message>
    <message>
        <source>80 % of value: the top %1 % of customers</source>
        <translation>80% 的价值：来自前 %1% 的客户</translation>
    </message>
    <message>
        <source>Customers, highest value first</source>
        <translation>客户（按价值从高到低）</translation>
    </message>
    <message>
        <source>The top %1 % of customers bring %2 % of the value</source>
        <translation>前 %1 % 的客户贡献了 %2 % 的价值</translation>
    </message>
</context>
<context>
    <name>Segmenta::Project</name>
    <message>
        <source>Saving was cancelled.</source>
        <translation>已取消保存。</translation>
    </message>
    <message>
        <source>The project file is damaged (column data of “%1”).</source>
        <translation>项目文件已损坏（“%1”的列数据）。</translation>
    </message>
    <message>
        <source>The project file is damaged (column “%1” has %2 rows, expected %3).</source>
        <translation>项目文件已损坏（列“%1”有 %2 行，应为 %3 行）。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>The project could not be saved as “%1”.</source>
        <translation>无法将项目保存为“%1”。</translation>
    </message>
    <message>
        <source>The project “%1” does not exist.</source>
        <translation>项目“%1”不存在。</translation>
    </message>
    <message>
        <source>The project file is damaged (no customer ids).</source>
        <translation>项目文件已损坏（没有客户编号）。</translation>
    </message>
    <message>
        <source>The project file is damaged (unknown customer).</source>
        <translation>项目文件已损坏（未知客户）。</translation>
    </message>
    <message>
        <source>“%1” is not a Segmenta project.</source>
        <translation>“%1”不是 Segmenta 项目。</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Segmenta (file format %2; this version reads up to %3). Update Segmenta to open it.</source>
        <translation>“%1”由较新版本的 Segmenta 保存（文件格式 %2；本版本最高支持 %3）。请更新 Segmenta 后再打开。</translation>
    </message>
    <message>
        <source>The project file could not be written: %1.</source>
        <translation>无法写入项目文件：%1。</translation>
    </message>
    <message>
        <source>The project “%1” cannot be opened: %2.</source>
        <translation>无法打开项目“%1”：%2。</translation>
    </message>
    <message>
        <source>The project “%1” could not be updated: %2.</source>
        <translation>无法更新项目“%1”：%2。</translation>
    </message>
    <message>
        <source>The project “%1” could not be read: %2.</source>
        <translation>无法读取项目“%1”：%2。</translation>
    </message>
    <message>
        <source>Snapshot “%1” lists the customer “%2” twice.</source>
        <translation>快照“%1”中客户“%2”出现了两次。</translation>
    </message>
    <message>
        <source>A snapshot needs customer ids, and this project has none.</source>
        <translation>快照需要客户编号，而这个项目没有客户编号。</translation>
    </message>
    <message>
        <source>The segments or tiers do not match the %1 customers of the project: run the analysis again before taking a snapshot.</source>
        <translation>细分或价值层级与项目的 %1 位客户不一致：请重新运行分析后再保存快照。</translation>
    </message>
    <message>
        <source>The customer ids are too long to keep in a snapshot.</source>
        <translation>客户编号太长，无法保存在快照中。</translation>
    </message>
    <message>
        <source>The project file is damaged (snapshot %1).</source>
        <translation>项目文件已损坏（快照 %1）。</translation>
    </message>
    <message>
        <source>There is no snapshot with the number %1.</source>
        <translation>没有编号为 %1 的快照。</translation>
    </message>
    <message>
        <source>The project file is damaged: the stored column “%1” is inconsistent (%2).</source>
        <translation>项目文件已损坏：存储的列“%1”不一致（%2）。</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Segmenta (file format %2; this version writes %3); it is not replaced. Save under another name.</source>
        <translation>“%1”由更新版本的 Segmenta 保存（文件格式 %2；本版本写入 %3），不会被替换。请另存为其他名称。</translation>
    </message>
    <message>
        <source>“%1” is read-only; Segmenta does not change it. Make it writable or save under another name.</source>
        <translation>“%1”为只读，Segmenta 不会更改它。请将其设为可写，或另存为其他名称。</translation>
    </message>
    <message>
        <source>%1 is being written by another Segmenta (pid %2).</source>
        <translation>%1 正由另一个 Segmenta（进程 %2）写入。</translation>
    </message>
    <message>
        <source>%1 cannot be changed: its lock file “%2” cannot be created.</source>
        <translation>无法更改 %1：无法创建其锁文件“%2”。</translation>
    </message>
</context>
<context>
    <name>Segmenta::ProjectSession</name>
    <message>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>正在分析</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Refresh from Database</source>
        <translation>从数据库刷新</translation>
    </message>
    <message>
        <source>Import from Database</source>
        <translation>从数据库导入</translation>
    </message>
    <message>
        <source>Refreshing from %1</source>
        <translation>正在从 %1 刷新</translation>
    </message>
    <message>
        <source>Importing from %1</source>
        <translation>正在从 %1 导入</translation>
    </message>
</context>
<context>
    <name>Segmenta::PyramidWidget</name>
    <message>
        <source>Customer pyramid</source>
        <translation>客户金字塔</translation>
    </message>
    <message>
        <source>top %1 %</source>
        <translation>前 %1%</translation>
    </message>
    <message>
        <source>remaining %1 %</source>
        <translation>其余 %1%</translation>
    </message>
    <message>
        <source>next %1 %</source>
        <translation>其后 %1%</translation>
    </message>
    <message>
        <source>%1 (%2): %L3 customers, %4 % of value</source>
        <translation>%1（%2）：%L3 位客户，占价值的 %4%</translation>
    </message>
    <message>
        <source>%1: %L2 customers, %3 % of value. Click to see them.</source>
        <translation>%1：%L2 位客户，占价值的 %3 %。点击查看这些客户。</translation>
    </message>
</context>
<context>
    <name>Segmenta::ReportPreparation</name>
    <message>
        <source>Workshop Report</source>
        <translation>研讨会报告</translation>
    </message>
    <message>
        <source>Preparing the report: waiting for %1…</source>
        <translation>正在准备报告：等待%1…</translation>
    </message>
    <message>
        <source>the heatmaps</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>the backtest</source>
        <translation>回测</translation>
    </message>
    <message>
        <source>the drivers</source>
        <translation>驱动因素</translation>
    </message>
    <message>
        <source>the clusters</source>
        <translation>聚类</translation>
    </message>
    <message>
        <source>the health checks</source>
        <translation>健康检查</translation>
    </message>
</context>
<context>
    <name>Segmenta::RfmPage</name>
    <message>
        <source>The analysis runs when a project is open.</source>
        <translation>打开项目后即开始分析。</translation>
    </message>
    <message>
        <source>RFM heatmap</source>
        <translation>RFM 热力图</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM 细分</translation>
    </message>
    <message>
        <source>Every customer gets three scores from 1 to 5: recency (R, how recently they bought), frequency (F, how often) and monetary value (M, how much they spent). 5 is best: R = 5 are the most recent buyers. Click a cell or a bar to see its customers.</source>
        <translation>每位客户有三个 1 到 5 的得分：最近消费（R，最近一次消费距今多近）、消费频率（F，多常购买）和消费金额（M，花了多少钱）。5 分最好：R = 5 是最近刚购买过的客户。点击单元格或条形即可查看对应的客户。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cut points&lt;/b&gt; (a value at or above a cut point moves to the next score): recency (days since the last purchase) %1; frequency %2; monetary %3. %L4 customers scored, %L5 without purchases not scored.</source>
        <translation>&lt;b&gt;分界点&lt;/b&gt;（取值达到或超过分界点即进入下一个得分）：最近消费（距最近一次购买的天数）%1；消费频率 %2；消费金额 %3。已评分 %L4 位客户，%L5 位没有购买记录的客户未评分。</translation>
    </message>
    <message>
        <source>R %1</source>
        <translation>R %1</translation>
    </message>
    <message>
        <source>F %1</source>
        <translation>F %1</translation>
    </message>
    <message>
        <source>Recency × frequency, coloured by mean monetary value</source>
        <translation>最近消费 × 消费频率，颜色表示平均消费金额</translation>
    </message>
    <message>
        <source>Recency score (R)</source>
        <translation>最近消费得分（R）</translation>
    </message>
    <message>
        <source>Frequency score (F)</source>
        <translation>消费频率得分（F）</translation>
    </message>
    <message>
        <source>Mean monetary value</source>
        <translation>平均消费金额</translation>
    </message>
    <message>
        <source>R = %1, F = %2: no customers</source>
        <translation>R = %1，F = %2：没有客户</translation>
    </message>
    <message>
        <source>R = %1, F = %2: %L3 customers
Mean monetary value: %4
Mean recency: %5 days
Click to see them.</source>
        <translation>R = %1，F = %2：%L3 位客户
平均消费金额：%4
平均最近消费：%5 天
点击查看这些客户。</translation>
    </message>
    <message>
        <source>%1: %L2 customers (%3 % of those scored). Click to see them.</source>
        <translation>%1：%L2 位客户（占已评分客户的 %3 %）。点击查看这些客户。</translation>
    </message>
    <message>
        <source>No RFM segment</source>
        <translation>无 RFM 细分</translation>
    </message>
    <message>
        <source>%L1 scored customers whose R-F-M code no segment rule claims.</source>
        <translation>%L1 位已评分客户的 R-F-M 代码不属于任何细分规则。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>R = %1, F = %2</source>
        <translation>R = %1，F = %2</translation>
    </message>
</context>
<context>
    <name>Segmenta::RoleNames</name>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>信用</translation>
    </message>
    <message>
        <source>Signup date</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>服务成本</translation>
    </message>
</context>
<context>
    <name>Segmenta::RowFilter</name>
    <message>
        <source>"%1" is not a number filter: type a number, or &gt; 100, &lt;= 5, 10..20, blank.</source>
        <translation>“%1”不是有效的数字筛选：请输入一个数字，或 &gt; 100、&lt;= 5、10..20、blank（空）。</translation>
    </message>
    <message>
        <source>"%1" is not a date filter: type a date such as 2024-03-05, a month (2024-03), a year (2024), &gt; 2024-01-01, 2024-01-01..2024-06-30, or blank.</source>
        <translation>“%1”不是有效的日期筛选：请输入日期如 2024-03-05、月份（2024-03）、年份（2024）、&gt; 2024-01-01、2024-01-01..2024-06-30，或 blank（空）。</translation>
    </message>
</context>
<context>
    <name>Segmenta::RuleEditor</name>
    <message>
        <source>and</source>
        <translation>并且</translation>
    </message>
    <message>
        <source>or</source>
        <translation>或者</translation>
    </message>
    <message>
        <source>How the new condition joins the rule</source>
        <translation>新条件与规则的连接方式</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运算符</translation>
    </message>
    <message>
        <source>Value; for “in”, several values separated by commas</source>
        <translation>值；用于“in”时，多个值以逗号分隔</translation>
    </message>
    <message>
        <source>Add Condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <source>For example: tier in ("platinum", "gold") and not lifecycle = "churned"</source>
        <translation>例如：tier in ("platinum", "gold") and not lifecycle = "churned"</translation>
    </message>
    <message>
        <source>In a rule: %1</source>
        <translation>在规则中写作：%1</translation>
    </message>
    <message>
        <source>Column “%1” of the customer list</source>
        <translation>客户名单中的“%1”列</translation>
    </message>
</context>
<context>
    <name>Segmenta::Rules</name>
    <message>
        <source>Position %1: the text that starts here has no closing quote.</source>
        <translation>第 %1 个字符：从这里开始的文本缺少结尾的引号。</translation>
    </message>
    <message>
        <source>Position %1: the field name that starts here has no closing “]”.</source>
        <translation>第 %1 个字符：从这里开始的字段名缺少结尾的“]”。</translation>
    </message>
    <message>
        <source>Position %1: the brackets hold no field name.</source>
        <translation>第 %1 个字符：方括号中没有字段名。</translation>
    </message>
    <message>
        <source>Position %1: “%2” is not part of the rule language.</source>
        <translation>第 %1 个字符：“%2”不是规则语言的一部分。</translation>
    </message>
    <message>
        <source>Position %1: the rule is empty; write a condition such as tier = "gold".</source>
        <translation>第 %1 个字符：规则为空；请写一个条件，例如 tier = "gold"。</translation>
    </message>
    <message>
        <source>Position %1: expected “and”, “or” or the end of the rule, found “%2”.</source>
        <translation>第 %1 个字符：此处应为“and”、“or”或规则结尾，实际为“%2”。</translation>
    </message>
    <message>
        <source>Position %1: expected a condition after “%2”, found the end of the rule.</source>
        <translation>第 %1 个字符：“%2”之后应有一个条件，但规则已结束。</translation>
    </message>
    <message>
        <source>Position %1: expected “)” to close the “(” at position %2, found the end of the rule.</source>
        <translation>第 %1 个字符：应有“)”来闭合第 %2 个字符处的“(”，但规则已结束。</translation>
    </message>
    <message>
        <source>Position %1: expected “)” to close the “(” at position %2, found “%3”.</source>
        <translation>第 %1 个字符：应有“)”来闭合第 %2 个字符处的“(”，实际为“%3”。</translation>
    </message>
    <message>
        <source>Position %1: no field is called “%2”.</source>
        <translation>第 %1 个字符：没有名为“%2”的字段。</translation>
    </message>
    <message>
        <source>Position %1: no field is called “%2”; did you mean “%3”?</source>
        <translation>第 %1 个字符：没有名为“%2”的字段；您是否指的是“%3”？</translation>
    </message>
    <message>
        <source>Position %1: expected a field name, found “%2”.</source>
        <translation>第 %1 个字符：此处应为字段名，实际为“%2”。</translation>
    </message>
    <message>
        <source>Position %1: expected in, between, contains or starts with after “not”, found the end of the rule.</source>
        <translation>第 %1 个字符：“not”之后应为 in、between、contains 或 starts with，但规则已结束。</translation>
    </message>
    <message>
        <source>Position %1: expected in, between, contains or starts with after “not”, found “%2”.</source>
        <translation>第 %1 个字符：“not”之后应为 in、between、contains 或 starts with，实际为“%2”。</translation>
    </message>
    <message>
        <source>Position %1: expected “and” between the two bounds of “between”, found the end of the rule.</source>
        <translation>第 %1 个字符：“between”的两个边界之间应有“and”，但规则已结束。</translation>
    </message>
    <message>
        <source>Position %1: expected “and” between the two bounds of “between”, found “%2”.</source>
        <translation>第 %1 个字符：“between”的两个边界之间应有“and”，实际为“%2”。</translation>
    </message>
    <message>
        <source>Position %1: expected “with” after “starts”, found the end of the rule.</source>
        <translation>第 %1 个字符：“starts”之后应为“with”，但规则已结束。</translation>
    </message>
    <message>
        <source>Position %1: expected “with” after “starts”, found “%2”.</source>
        <translation>第 %1 个字符：“starts”之后应为“with”，实际为“%2”。</translation>
    </message>
    <message>
        <source>Position %1: expected “missing” after “%2”, found the end of the rule.</source>
        <translation>第 %1 个字符：“%2”之后应为“missing”，但规则已结束。</translation>
    </message>
    <message>
        <source>Position %1: expected “missing” after “%2”, found “%3”.</source>
        <translation>第 %1 个字符：“%2”之后应为“missing”，实际为“%3”。</translation>
    </message>
    <message>
        <source>Position %1: expected a comparison such as =, &lt;, between, in, contains or is missing after “%2”, found the end of the rule.</source>
        <translation>第 %1 个字符：“%2”之后应有比较，例如 =、&lt;、between、in、contains 或 is missing，但规则已结束。</translation>
    </message>
    <message>
        <source>Position %1: expected a comparison such as =, &lt;, between, in, contains or is missing after “%2”, found “%3”.</source>
        <translation>第 %1 个字符：“%2”之后应有比较，例如 =、&lt;、between、in、contains 或 is missing，实际为“%3”。</translation>
    </message>
    <message>
        <source>Position %1: expected a quoted date such as "2024-03-01" after “date”, found the end of the rule.</source>
        <translation>第 %1 个字符：“date”之后应为带引号的日期，例如 "2024-03-01"，但规则已结束。</translation>
    </message>
    <message>
        <source>Position %1: expected a quoted date such as "2024-03-01" after “date”, found “%2”.</source>
        <translation>第 %1 个字符：“date”之后应为带引号的日期，例如 "2024-03-01"，实际为“%2”。</translation>
    </message>
    <message>
        <source>Position %1: expected a value after “%2”, found the end of the rule.</source>
        <translation>第 %1 个字符：“%2”之后应有一个值，但规则已结束。</translation>
    </message>
    <message>
        <source>Position %1: expected a value after “%2”, found “%3”.</source>
        <translation>第 %1 个字符：“%2”之后应有一个值，实际为“%3”。</translation>
    </message>
    <message>
        <source>Position %1: expected “(” and a list of values after “%2”, found the end of the rule.</source>
        <translation>第 %1 个字符：“%2”之后应为“(”和值列表，但规则已结束。</translation>
    </message>
    <message>
        <source>Position %1: expected “(” and a list of values after “%2”, found “%3”.</source>
        <translation>第 %1 个字符：“%2”之后应为“(”和值列表，实际为“%3”。</translation>
    </message>
    <message>
        <source>Position %1: expected “,” or “)” in the list of values, found the end of the rule.</source>
        <translation>第 %1 个字符：值列表中此处应为“,”或“)”，但规则已结束。</translation>
    </message>
    <message>
        <source>Position %1: expected “,” or “)” in the list of values, found “%2”.</source>
        <translation>第 %1 个字符：值列表中此处应为“,”或“)”，实际为“%2”。</translation>
    </message>
    <message>
        <source>Position %1: “%2” works on text only, and “%3” is not text.</source>
        <translation>第 %1 个字符：“%2”只能用于文本，而“%3”不是文本。</translation>
    </message>
    <message>
        <source>Position %1: “%2” is a number; compare it with a number without quotes, such as 100.</source>
        <translation>第 %1 个字符：“%2”是数字；请与不带引号的数字比较，例如 100。</translation>
    </message>
    <message>
        <source>Position %1: “%2” is a date; compare it with a date such as date "2024-03-01".</source>
        <translation>第 %1 个字符：“%2”是日期；请与日期比较，例如 date "2024-03-01"。</translation>
    </message>
    <message>
        <source>Position %1: “%2” is not a date; write dates year first, such as "2024-03-01".</source>
        <translation>第 %1 个字符：“%2”不是日期；日期请以年份开头，例如 "2024-03-01"。</translation>
    </message>
    <message>
        <source>Position %1: “%2” is text and has no order; use =, !=, in, contains or starts with.</source>
        <translation>第 %1 个字符：“%2”是文本，没有大小顺序；请使用 =、!=、in、contains 或 starts with。</translation>
    </message>
    <message>
        <source>Position %1: “%2” is text; compare it with a quoted value such as "%3".</source>
        <translation>第 %1 个字符：“%2”是文本；请与带引号的值比较，例如 "%3"。</translation>
    </message>
    <message>
        <source>Position %1: “%2” is not a value of “%3”; the values are: %4.</source>
        <translation>第 %1 个字符：“%2”不是“%3”的取值；可用的取值为：%4。</translation>
    </message>
    <message>
        <source>Position %1: the lower bound %2 is above the upper bound %3.</source>
        <translation>第 %1 个字符：下限 %2 大于上限 %3。</translation>
    </message>
    <message>
        <source>Segment “%1”, position %2: %3</source>
        <translation>细分“%1”，第 %2 个字符：%3</translation>
    </message>
    <message>
        <source>Assigning customers to segments was cancelled.</source>
        <translation>客户细分分配已取消。</translation>
    </message>
    <message>
        <source>Position %1: the rule nests brackets and “not” more than %2 levels deep; write it with fewer levels.</source>
        <translation>第 %1 个字符：规则中括号和“not”的嵌套超过 %2 层；请减少嵌套层数。</translation>
    </message>
    <message>
        <source>No customer has “%1” in “%2”.</source>
        <translation>没有客户的“%2”为“%1”。</translation>
    </message>
    <message>
        <source>No customer has “%1” in “%2”; did you mean “%3”?</source>
        <translation>没有客户的“%2”为“%1”；您是不是要找“%3”？</translation>
    </message>
</context>
<context>
    <name>Segmenta::SegmentExplanationDialog</name>
    <message>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <source>Why This Segment</source>
        <translation>为何属于此细分</translation>
    </message>
    <message>
        <source>Segment and condition</source>
        <translation>细分与条件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Customer's value</source>
        <translation>客户的值</translation>
    </message>
    <message>
        <source>The segments have not been counted yet; try again in a moment.</source>
        <translation>细分尚未统计完成，请稍后再试。</translation>
    </message>
    <message>
        <source>No customer has the id “%1”.</source>
        <translation>没有客户编号为“%1”的客户。</translation>
    </message>
    <message>
        <source>Why This Segment: %1</source>
        <translation>为何属于此细分：%1</translation>
    </message>
    <message>
        <source>Customer &lt;b&gt;%1&lt;/b&gt; is in no segment: there are no segments yet.</source>
        <translation>客户 &lt;b&gt;%1&lt;/b&gt; 不属于任何细分：目前还没有细分。</translation>
    </message>
    <message>
        <source>Customer &lt;b&gt;%1&lt;/b&gt; is in no segment: no rule matches.</source>
        <translation>客户 &lt;b&gt;%1&lt;/b&gt; 不属于任何细分：没有规则匹配。</translation>
    </message>
    <message>
        <source>Customer &lt;b&gt;%1&lt;/b&gt; is in &lt;b&gt;%2&lt;/b&gt;: the first segment in priority order whose rule matches.</source>
        <translation>客户 &lt;b&gt;%1&lt;/b&gt; 属于 &lt;b&gt;%2&lt;/b&gt;：按优先级顺序第一个规则匹配的细分。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Rule error: left out</source>
        <translation>规则有错误：未计入</translation>
    </message>
    <message>
        <source>Matched: the customer is here</source>
        <translation>匹配：客户属于此细分</translation>
    </message>
    <message>
        <source>Matched, but a segment above came first</source>
        <translation>匹配，但优先级更高的细分已先占用</translation>
    </message>
    <message>
        <source>Did not match</source>
        <translation>不匹配</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>成立</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不成立</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
</context>
<context>
    <name>Segmenta::SegmentForm</name>
    <message>
        <source>How these customers would describe themselves, in words they would accept</source>
        <translation>这些客户会如何描述自己——用他们自己认可的话</translation>
    </message>
    <message>
        <source>What this segment is for, e.g. win back lapsed buyers</source>
        <translation>这个细分的目的，例如赢回流失的买家</translation>
    </message>
    <message>
        <source>The manager responsible for its profit and loss</source>
        <translation>对其盈亏负责的经理</translation>
    </message>
    <message>
        <source>The one product or offer sales make</source>
        <translation>销售人员推荐的唯一产品或优惠</translation>
    </message>
    <message>
        <source>The one message used in every channel</source>
        <translation>在所有渠道使用的统一话术</translation>
    </message>
    <message>
        <source>No campaign planned</source>
        <translation>未计划营销活动</translation>
    </message>
    <message>
        <source>The response rate the planned campaign assumes; checked against what this segment has shown</source>
        <translation>计划中的营销活动所假设的响应率；将与该细分以往的表现对照检查</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>规则(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>目标(&amp;O)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>O&amp;ffer:</source>
        <translation>推荐产品(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>话术(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>Forecast res&amp;ponse:</source>
        <translation>预计响应率(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>Segmenta::SegmentTableModel</name>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation>客户占比</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>平均客户终身价值</translation>
    </message>
    <message>
        <source>Purchase probability</source>
        <translation>购买可能性</translation>
    </message>
</context>
<context>
    <name>Segmenta::Segments</name>
    <message>
        <source>This is not a segment file: it has no “version”.</source>
        <translation>这不是细分文件：缺少“version”。</translation>
    </message>
    <message>
        <source>The segment file has version %1; this Segmenta reads version %2 and older. Update Segmenta to open it.</source>
        <translation>该细分文件的版本为 %1；此版本的 Segmenta 只能读取 %2 及更早的版本。请更新 Segmenta 后再打开。</translation>
    </message>
    <message>
        <source>The segment file has no “segments” list.</source>
        <translation>该细分文件没有“segments”列表。</translation>
    </message>
    <message>
        <source>Segment %1 has no name.</source>
        <translation>第 %1 个细分没有名称。</translation>
    </message>
    <message>
        <source>Two segments are called “%1”.</source>
        <translation>有两个细分都叫“%1”。</translation>
    </message>
    <message>
        <source>The segment file “%1” cannot be read: %2.</source>
        <translation>无法读取细分文件“%1”：%2。</translation>
    </message>
    <message>
        <source>The segment file “%1” is not valid JSON (at byte %2: %3).</source>
        <translation>细分文件“%1”不是有效的 JSON（第 %2 字节：%3）。</translation>
    </message>
    <message>
        <source>The segment file “%1” cannot be written: %2.</source>
        <translation>无法写入细分文件“%1”：%2。</translation>
    </message>
    <message>
        <source>Segment “%1”: forecast_response must be a number from 0 to 1 (0.05 for 5 %).</source>
        <translation>分群“%1”：forecast_response 必须是 0 到 1 之间的数（5% 写作 0.05）。</translation>
    </message>
    <message>
        <source>The segment file “%1” holds a JSON array; it must hold a JSON object: {"version": 1, "segments": [...]}.</source>
        <translation>分群文件“%1”中是 JSON 数组；它必须是 JSON 对象：{"version": 1, "segments": [...]}。</translation>
    </message>
</context>
<context>
    <name>Segmenta::SegmentsPage</name>
    <message>
        <source>Add Segment</source>
        <translation>添加细分</translation>
    </message>
    <message>
        <source>Edit Rule</source>
        <translation>编辑规则</translation>
    </message>
    <message>
        <source>Edit Segment</source>
        <translation>编辑细分</translation>
    </message>
    <message>
        <source>Change Priority</source>
        <translation>更改优先级</translation>
    </message>
    <message>
        <source>Remove Segment</source>
        <translation>删除细分</translation>
    </message>
    <message>
        <source>&amp;New Segment</source>
        <translation>新建细分(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Higher Priority</source>
        <translation>提高优先级</translation>
    </message>
    <message>
        <source>Lower Priority</source>
        <translation>降低优先级</translation>
    </message>
    <message>
        <source>Value Tiers</source>
        <translation>价值层级</translation>
    </message>
    <message>
        <source>RFM Segments</source>
        <translation>RFM 细分</translation>
    </message>
    <message>
        <source>Lifecycle Stages</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Start From</source>
        <translation>从模板开始</translation>
    </message>
    <message>
        <source>Import Segments…</source>
        <translation>导入细分…</translation>
    </message>
    <message>
        <source>Export Segments…</source>
        <translation>导出细分…</translation>
    </message>
    <message>
        <source>No segments yet. Add one, or start from the value tiers, the RFM segments or the lifecycle stages.</source>
        <translation>还没有细分。新建一个，或从价值层级、RFM 细分或生命周期阶段开始。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>The counts appear when the analysis has run.</source>
        <translation>分析完成后显示计数。</translation>
    </message>
    <message>
        <source>This rule has an error: no customers are counted for it.</source>
        <translation>此规则有错误：不为其计算任何客户。</translation>
    </message>
    <message>
        <source>The rule matches &lt;b&gt;%1&lt;/b&gt; customers; &lt;b&gt;%2&lt;/b&gt; are in this segment, %3 are taken by segments of higher priority.</source>
        <translation>规则匹配 &lt;b&gt;%1&lt;/b&gt; 位客户；其中 &lt;b&gt;%2&lt;/b&gt; 位属于此细分，%3 位已被优先级更高的细分占用。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Also matched by: %1</source>
        <translation>同时匹配的细分：%1</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>细分 %1</translation>
    </message>
    <message>
        <source>The analysis has not run yet; try again in a moment.</source>
        <translation>分析尚未完成，请稍后再试。</translation>
    </message>
    <message>
        <source>Add Segments</source>
        <translation>添加细分</translation>
    </message>
    <message>
        <source>Import Segments</source>
        <translation>导入细分</translation>
    </message>
    <message>
        <source>Segment files (*.json)</source>
        <translation>细分文件 (*.json)</translation>
    </message>
    <message>
        <source>Export Segments</source>
        <translation>导出细分</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Type a customer id and press Enter to see which segment the customer is in and why.</source>
        <translation>输入客户编号并按回车，查看该客户属于哪个细分及原因。</translation>
    </message>
    <message>
        <source>Why This Segment?</source>
        <translation>为何属于此细分？</translation>
    </message>
    <message>
        <source>Show Customers…</source>
        <translation>显示客户…</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>Segmenta::SnapshotsPage</name>
    <message>
        <source>Snapshots of the segments</source>
        <translation>细分快照</translation>
    </message>
    <message>
        <source>A snapshot keeps every customer's segment and value tier as they are today. After the next import, compare two snapshots to see how customers moved.</source>
        <translation>快照会保存每位客户当前所属的细分和价值层级。下次导入数据后，比较两个快照即可看到客户的迁移。</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>名称（可选）</translation>
    </message>
    <message>
        <source>Take a Snapshot of the Current Segments</source>
        <translation>为当前细分拍摄快照</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Migration between two snapshots</source>
        <translation>两个快照之间的迁移</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>按细分</translation>
    </message>
    <message>
        <source>By value tier</source>
        <translation>按价值层级</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>No snapshots yet.</source>
        <translation>还没有快照。</translation>
    </message>
    <message>
        <source>Take a second snapshot (after the next import) to compare.</source>
        <translation>请（在下次导入后）再拍摄一个快照以进行比较。</translation>
    </message>
    <message>
        <source>The segments are still being counted; try again in a moment.</source>
        <translation>细分仍在计数中，请稍后再试。</translation>
    </message>
    <message>
        <source>Another task is running; try again when it is done.</source>
        <translation>另一个任务正在运行，请在其完成后再试。</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>快照 %1</translation>
    </message>
    <message>
        <source>Taking a snapshot</source>
        <translation>正在拍摄快照</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>删除快照</translation>
    </message>
    <message>
        <source>Delete the snapshot “%1”? This cannot be undone.</source>
        <translation>删除快照“%1”？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>Comparing snapshots</source>
        <translation>正在比较快照</translation>
    </message>
    <message>
        <source>%L1 customers in both: %L2 (%3 %) stayed, %L4 moved; %L5 new since, %L6 gone since. Each row shows where that row's customers went; the deeper the colour, the larger its share of the row.</source>
        <translation>两个快照中都有 %L1 位客户：%L2 位（%3 %）留在原处，%L4 位发生了迁移；此后新增 %L5 位，流失 %L6 位。每一行显示该行客户的去向；颜色越深，占该行的比例越大。</translation>
    </message>
</context>
<context>
    <name>Segmenta::StartPage</name>
    <message>
        <source>Segmenta</source>
        <translation>Segmenta</translation>
    </message>
    <message>
        <source>Customer segmentation: see who brings the value, define segments customers recognise, give sales the right list.</source>
        <translation>客户细分：看清谁带来价值，定义客户认同的细分群体，把正确的名单交给销售。</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>打开演示(&amp;D)</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>Import from Data&amp;base…</source>
        <translation>从数据库导入(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>Segmenta::TableBrowser</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Select a column to see its profile.</source>
        <translation>选择一列以查看其概况。</translation>
    </message>
    <message>
        <source>%L1 rows</source>
        <translation>%L1 行</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>%L1 of %L2 rows match</source>
        <translation>%L2 行中有 %L1 行符合</translation>
    </message>
    <message>
        <source>text, = exact, &gt; 100, 10..20, 2024-03, or blank</source>
        <translation>文字、= 精确、&gt; 100、10..20、2024-03 或 空</translation>
    </message>
</context>
<context>
    <name>Segmenta::TermNames</name>
    <message>
        <source>Intercept</source>
        <translation>截距</translation>
    </message>
    <message>
        <source>Recency (log)</source>
        <translation>最近消费（对数）</translation>
    </message>
    <message>
        <source>Frequency (log)</source>
        <translation>消费频率（对数）</translation>
    </message>
    <message>
        <source>Monetary value (log)</source>
        <translation>消费金额（对数）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>recency</source>
        <translation>最近消费</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>消费频率</translation>
    </message>
    <message>
        <source>monetary value</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
</context>
<context>
    <name>Segmenta::ValueGroupsPanel</name>
    <message>
        <source>Value groups by customers</source>
        <translation>各价值组的客户数</translation>
    </message>
    <message>
        <source>Value groups by profit</source>
        <translation>各价值组的利润</translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Most valuable</source>
        <translation>最具价值</translation>
    </message>
    <message>
        <source>Most growable</source>
        <translation>最具成长性</translation>
    </message>
    <message>
        <source>Other profitable</source>
        <translation>其他盈利客户</translation>
    </message>
    <message>
        <source>Below zero</source>
        <translation>低于零点</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜在</translation>
    </message>
    <message>
        <source>Marginal</source>
        <translation>边缘</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Profit is gross profit minus cost to serve. &lt;b&gt;Most valuable&lt;/b&gt;: the top %1 % of the profitable customers by profit; &lt;b&gt;most growable&lt;/b&gt;: the next %2 % with the largest growth potential (%3); &lt;b&gt;below zero&lt;/b&gt;: customers who cost more than they bring. Total profit %4.</source>
        <translation>利润 = 毛利 − 服务成本。&lt;b&gt;最具价值&lt;/b&gt;：按利润排名前 %1 % 的盈利客户；&lt;b&gt;最具成长性&lt;/b&gt;：其后成长潜力最大的 %2 %（%3）；&lt;b&gt;低于零点&lt;/b&gt;：服务成本高于所带来毛利的客户。总利润 %4。</translation>
    </message>
    <message>
        <source>predicted lifetime value above present profit</source>
        <translation>预测的客户终身价值高于当前利润</translation>
    </message>
    <message>
        <source>from the spending trend</source>
        <translation>依据消费趋势</translation>
    </message>
    <message>
        <source>%1: %L2 customers (%3 %), profit %4 (%5 % of the total). Click to see them.</source>
        <translation>%1：%L2 位客户（%3 %），利润 %4（占总利润的 %5 %）。点击查看这些客户。</translation>
    </message>
    <message>
        <source>Value groups: customers</source>
        <translation>价值组：客户数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Value groups: profit</source>
        <translation>价值组：利润</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>%1: %L2 customers (%3 %), revenue %4. Click to see them.</source>
        <translation>%1：%L2 位客户（%3 %），收入 %4。点击查看这些客户。</translation>
    </message>
    <message>
        <source>Lifecycle stages (with the probability alive)</source>
        <translation>生命周期阶段（参考存活概率）</translation>
    </message>
</context>
<context>
    <name>Segmenta::ValuePage</name>
    <message>
        <source>Lifetime value</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <source>Value groups and lifecycle</source>
        <translation>价值组与生命周期</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>回测</translation>
    </message>
</context>
<context>
    <name>Segmenta::Warehouse</name>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL) is not installed; on Debian and Ubuntu install libqt6sql6-psql.</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）；在 Debian 和 Ubuntu 上请安装 libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>The warehouse did not finish within %1 seconds; the query was stopped. Raise the time limit or narrow the query.</source>
        <translation>数据仓库未能在 %1 秒内完成，查询已被停止。请提高时间限制或缩小查询范围。</translation>
    </message>
    <message>
        <source>The warehouse refused the query: %1</source>
        <translation>数据仓库拒绝了查询：%1</translation>
    </message>
    <message>
        <source>The orders hold no line with a customer, a date and an amount.</source>
        <translation>订单中没有同时包含客户、日期和金额的行。</translation>
    </message>
    <message>
        <source>%1 customers appeared more than once in the customers; the first row of each was kept.</source>
        <translation>有 %1 位客户在客户数据中出现了不止一次；每位客户只保留了第一行。</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>查询为空。</translation>
    </message>
    <message>
        <source>There is no column “%1” for “%2”. The columns are: %3.</source>
        <translation>没有可用作“%2”的列“%1”。现有的列：%3。</translation>
    </message>
    <message>
        <source>No column was recognised as “%1”. The columns are: %2. Name it with --map %1=COLUMN.</source>
        <translation>没有识别出作为“%1”的列。现有的列：%2。请用 --map %1=列名 指定。</translation>
    </message>
    <message>
        <source>“%1” is not a postgresql://user@host:port/database address.</source>
        <translation>“%1”不是 postgresql://用户@主机:端口/数据库 形式的地址。</translation>
    </message>
    <message>
        <source>Do not put the password in the address; it is read from SEGMENTA_PG_PASSWORD or PGPASSWORD, or asked for.</source>
        <translation>请不要把密码写在地址里；密码从 SEGMENTA_PG_PASSWORD 或 PGPASSWORD 读取，或在运行时询问。</translation>
    </message>
    <message>
        <source>Name the database and the user to connect as.</source>
        <translation>请指定要连接的数据库和用户。</translation>
    </message>
    <message>
        <source>Give either an orders table or an orders query, not both.</source>
        <translation>请给出订单表或订单查询之一，不能同时给出。</translation>
    </message>
    <message>
        <source>Give either a customers table or a customers query, not both.</source>
        <translation>请给出客户表或客户查询之一，不能同时给出。</translation>
    </message>
    <message>
        <source>Unknown TLS mode “%1”; use one of %2.</source>
        <translation>未知的 TLS 模式“%1”；请使用 %2 之一。</translation>
    </message>
    <message>
        <source>The warehouse returned totals Segmenta cannot read.</source>
        <translation>数据仓库返回的汇总数字无法被 Segmenta 读取。</translation>
    </message>
    <message>
        <source>Per-customer results come from a uniform sample of %1 of the %2 customers (%3 %). The numbers of customers and orders, the revenue, the 80/20 figures and the pyramid by revenue were computed on the server over all of them.</source>
        <translation>逐个客户的结果来自从 %2 位客户中均匀随机抽取的 %1 位客户样本（%3%）。客户数、订单数、收入、二八法则的各项数字以及按收入划分的客户金字塔，都是在服务器上基于全部客户计算的。</translation>
    </message>
    <message>
        <source>The record of the warehouse sample is damaged.</source>
        <translation>数据仓库样本的记录已损坏。</translation>
    </message>
    <message>
        <source>The largest number of customers to bring over must be 0 (no limit) or more.</source>
        <translation>要导入的客户数上限必须为 0（不限）或更大。</translation>
    </message>
    <message>
        <source>Could not remember the confirmed query in %1: %2</source>
        <translation>无法在 %1 中记录已确认的查询：%2</translation>
    </message>
    <message>
        <source>The query leaves a quoted text, quoted name or comment open.</source>
        <translation>查询中有未闭合的引号文本、带引号的名称或注释。</translation>
    </message>
    <message>
        <source>The query must be a single SELECT statement; a “;” outside quotes ends it.</source>
        <translation>查询必须是单条 SELECT 语句；引号之外的“;”会结束语句。</translation>
    </message>
    <message>
        <source>“%1” is not a table name: write table, schema.table or "Schema"."Table", with "" for a quote inside quotes.</source>
        <translation>“%1”不是表名：请写 table、schema.table 或 "Schema"."Table"，引号内的引号写作 ""。</translation>
    </message>
    <message>
        <source>Give an orders table or an orders query.</source>
        <translation>请给出订单表或订单查询。</translation>
    </message>
    <message>
        <source>The time limit must be from %1 to %2 seconds.</source>
        <translation>时间限制必须在 %1 到 %2 秒之间。</translation>
    </message>
    <message>
        <source>The port or batch size is out of range.</source>
        <translation>端口或批量大小超出范围。</translation>
    </message>
</context>
<context>
    <name>Segmenta::WarehouseActions</name>
    <message>
        <source>Import from Data&amp;base…</source>
        <translation>从数据库导入(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Refresh from Database…</source>
        <translation>从数据库刷新(&amp;R)…</translation>
    </message>
    <message>
        <source>Another task is running; try again when it is done.</source>
        <translation>另一个任务正在运行，请在其完成后再试。</translation>
    </message>
    <message>
        <source>Import from Database</source>
        <translation>从数据库导入</translation>
    </message>
    <message>
        <source>Refresh from Database</source>
        <translation>从数据库刷新</translation>
    </message>
    <message>
        <source>Open a project that was imported from a database first.</source>
        <translation>请先打开一个从数据库导入的项目。</translation>
    </message>
    <message>
        <source>Refreshed from %1.</source>
        <translation>已从 %1 刷新。</translation>
    </message>
    <message>
        <source>This project runs a query you have not written or confirmed on this computer; it may have been changed outside Segmenta. Read it before running it with your password.</source>
        <translation>此项目会运行一条您未在这台电脑上编写或确认过的查询；它可能已在 Segmenta 之外被修改。请先阅读，再用您的密码运行它。</translation>
    </message>
    <message>
        <source>&amp;Run This Query</source>
        <translation>运行此查询(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Segmenta::WarehouseDialog</name>
    <message>
        <source>Import from Database</source>
        <translation>从数据库导入</translation>
    </message>
    <message>
        <source>Segmenta connects to PostgreSQL or a warehouse that speaks its protocol (Citus, Greenplum, Redshift, CockroachDB, YugabyteDB). The server sums up the orders; only one row per customer comes over. The connection is read-only.</source>
        <translation>Segmenta 可连接 PostgreSQL 或使用其协议的数据仓库（Citus、Greenplum、Redshift、CockroachDB、YugabyteDB）。订单由服务器汇总，每位客户只传回一行。连接为只读。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <source>Segmenta projects (*.segmenta)</source>
        <translation>Segmenta 项目 (*.segmenta)</translation>
    </message>
    <message>
        <source>Save the &amp;project as:</source>
        <translation>项目另存为(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>disable: no encryption</source>
        <translation>disable：不加密</translation>
    </message>
    <message>
        <source>allow: encrypt only when the server insists</source>
        <translation>allow：仅在服务器要求时加密</translation>
    </message>
    <message>
        <source>prefer: encrypt when the server can (default)</source>
        <translation>prefer：服务器支持时加密（默认）</translation>
    </message>
    <message>
        <source>require: always encrypt</source>
        <translation>require：始终加密</translation>
    </message>
    <message>
        <source>verify-ca: encrypt and check the server's certificate</source>
        <translation>verify-ca：加密并检查服务器证书</translation>
    </message>
    <message>
        <source>verify-full: encrypt, check the certificate and the host name</source>
        <translation>verify-full：加密，并检查证书和主机名</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>加密 (TLS)(&amp;E)：</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Orders:</source>
        <translation>订单(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Customer list (optional):</source>
        <translation>客户名单（可选）(&amp;C)：</translation>
    </message>
    <message>
        <source>Time &amp;limit per query:</source>
        <translation>每个查询的时间限制(&amp;L)：</translation>
    </message>
    <message>
        <source>One line per order line: a customer ID, an order date and an amount (or quantity and unit price); an order ID and a margin when there are. A query must be a single SELECT; it runs in a read-only transaction.</source>
        <translation>每个订单行一行：客户编号、订单日期和金额（或数量和单价）；如有订单编号和毛利率也请包含。查询必须是单条 SELECT 语句，并在只读事务中运行。</translation>
    </message>
    <message>
        <source>Column roles</source>
        <translation>列的角色</translation>
    </message>
    <message>
        <source>Read from the server by Test Connection; check what each column means.</source>
        <translation>由“测试连接”从服务器读取；请检查每一列的含义。</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>客户名单</translation>
    </message>
    <message>
        <source>Enter the server's host name or address.</source>
        <translation>请输入服务器的主机名或地址。</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>请输入数据库名称。</translation>
    </message>
    <message>
        <source>Enter the user name to connect as.</source>
        <translation>请输入用于连接的用户名。</translation>
    </message>
    <message>
        <source>Enter the orders table, or a SELECT that gives the order lines.</source>
        <translation>请输入订单表，或一条给出订单行的 SELECT 查询。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The orders have %n columns.</source>
        <translation>
            <numerusform>已连接。订单有 %n 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected. The orders have %1 columns, the customer list %2.</source>
        <translation>已连接。订单有 %1 列，客户名单有 %2 列。</translation>
    </message>
    <message>
        <source>Choose where to save the project.</source>
        <translation>请选择项目的保存位置。</translation>
    </message>
    <message>
        <source>Customers at &amp;most:</source>
        <translation>客户数上限(&amp;M)：</translation>
    </message>
    <message>
        <source>When the database has more customers than this, only a random sample of this many comes to this computer: every analysis, segment and target list then covers the sampled customers. The totals (customers, orders, revenue, 80/20 and the pyramid) are still counted exactly by the server over all customers. 0: bring every customer.</source>
        <translation>数据库中的客户多于此数时，只有这么多客户的随机样本会传到本机：此后的各项分析、细分和目标客户名单都只涵盖样本中的客户。总数（客户数、订单数、收入、二八法则和客户金字塔）仍由服务器基于全部客户精确计算。0：传入全部客户。</translation>
    </message>
    <message>
        <source>Which customers the sample takes. The same number draws the same customers again at every refresh; another number draws another sample.</source>
        <translation>决定样本抽取哪些客户。相同的数字在每次刷新时抽取相同的客户；换一个数字则抽取另一个样本。</translation>
    </message>
    <message>
        <source>Sample &amp;seed:</source>
        <translation>抽样种子(&amp;S)：</translation>
    </message>
    <message>
        <source>Enter a whole number as the sample seed, e.g. 0.</source>
        <translation>请输入整数作为抽样种子，例如 0。</translation>
    </message>
</context>
<context>
    <name>Segmenta::WarehousePasswordField</name>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>在系统钥匙串中记住密码</translation>
    </message>
    <message>
        <source>The password remembered for this login was filled in.</source>
        <translation>已填入为此登录记住的密码。</translation>
    </message>
</context>
<context>
    <name>Segmenta::WarehouseRefreshDialog</name>
    <message>
        <source>Refresh from Database</source>
        <translation>从数据库刷新</translation>
    </message>
    <message>
        <source>a SELECT query</source>
        <translation>一条 SELECT 查询</translation>
    </message>
    <message>
        <source>The orders (%1) are summed up again on %2 and replace the customer summary of this project; the segments and snapshots are kept.</source>
        <translation>将在 %2 上重新汇总订单（%1），并替换本项目的客户汇总；细分和快照会保留。</translation>
    </message>
    <message>
        <source>Save a snapshot of the segments after the refresh</source>
        <translation>刷新后保存细分快照</translation>
    </message>
    <message>
        <source>Refresh %1</source>
        <translation>刷新 %1</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Snapshot &amp;name:</source>
        <translation>快照名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Beyond %1 customers, a sample of that many comes over (sample seed %2), with exact totals counted by the server.</source>
        <translation>客户超过 %1 位时，只传入同样数量的客户样本（抽样种子 %2），总数由服务器精确计算。</translation>
    </message>
    <message>
        <source>Every customer comes over (no customer limit).</source>
        <translation>传入全部客户（不限客户数）。</translation>
    </message>
</context>
<context>
    <name>Segmenta::WarehouseRelationEditor</name>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>SELECT query</source>
        <translation>SELECT 查询</translation>
    </message>
    <message>
        <source>schema.table, e.g. sales.orders</source>
        <translation>模式.表，例如 sales.orders</translation>
    </message>
    <message>
        <source>SELECT customer_id, order_date, amount FROM sales.orders WHERE …</source>
        <translation>SELECT customer_id, order_date, amount FROM sales.orders WHERE …</translation>
    </message>
</context>
<context>
    <name>Segmenta::WarehouseRoleTable</name>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Two columns have the role “%1”; give it to one of them only.</source>
        <translation>有两列的角色都是“%1”；请只指定给其中一列。</translation>
    </message>
    <message>
        <source>Choose the orders column that holds the customer ID.</source>
        <translation>请选择订单中存放客户编号的列。</translation>
    </message>
    <message>
        <source>Choose the customer list's column that holds the customer ID.</source>
        <translation>请选择客户名单中存放客户编号的列。</translation>
    </message>
    <message>
        <source>Choose the orders column that holds the order date.</source>
        <translation>请选择订单中存放订单日期的列。</translation>
    </message>
    <message>
        <source>Choose the orders column that holds the amount (or the quantity and the unit price).</source>
        <translation>请选择订单中存放金额（或数量和单价）的列。</translation>
    </message>
</context>
<context>
    <name>Segmenta::WorkshopReport</name>
    <message>
        <source>Customer segmentation: %1</source>
        <translation>客户细分：%1</translation>
    </message>
    <message>
        <source>Workshop report, %1</source>
        <translation>研讨会报告，%1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>No segments are defined yet.</source>
        <translation>尚未定义任何细分。</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>健康检查</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>所有细分</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>无法将报告写入 %1。</translation>
    </message>
    <message>
        <source>The file %1 could not be replaced; is it open elsewhere?</source>
        <translation>无法替换文件 %1；它是否在别的程序中打开？</translation>
    </message>
    <message>
        <source>Not counted: the rule has an error: %1</source>
        <translation>未统计：规则有错误：%1</translation>
    </message>
</context>
</TS>