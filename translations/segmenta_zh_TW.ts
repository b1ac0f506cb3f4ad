<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>PasswordKeychain</name>
    <message>
        <source>The system keychain refused access, so the password cannot be remembered; Segmenta will ask for it each time.</source>
        <translation>系統鑰匙串拒絕了訪問，因此無法記住密碼；Segmenta 每次都會詢問密碼。</translation>
    </message>
    <message>
        <source>No system keychain is running here (such as GNOME Keyring or KWallet), so the password cannot be remembered; Segmenta will ask for it each time.</source>
        <translation>此處沒有執行系統鑰匙串（如 GNOME Keyring 或 KWallet），因此無法記住密碼；Segmenta 每次都會詢問密碼。</translation>
    </message>
    <message>
        <source>The system keychain did not answer (%1), so the password cannot be remembered; Segmenta will ask for it each time.</source>
        <translation>系統鑰匙串沒有響應（%1），因此無法記住密碼；Segmenta 每次都會詢問密碼。</translation>
    </message>
    <message>
        <source>This build of Segmenta has no system keychain support, so the password cannot be remembered; Segmenta will ask for it each time.</source>
        <translation>此版本的 Segmenta 不支援系統鑰匙串，因此無法記住密碼；Segmenta 每次都會詢問密碼。</translation>
    </message>
</context>
<context>
    <name>Segmenta</name>
    <message>
        <source>The picture could not be written.</source>
        <translation>無法寫入圖片。</translation>
    </message>
    <message>
        <source>Exported from Segmenta</source>
        <translation>由 Segmenta 匯出</translation>
    </message>
    <message>
        <source>The drawing could not be written.</source>
        <translation>無法寫入向量圖。</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>無法寫入 PDF 檔案。</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation>請選擇以 .png、.svg 或 .pdf 結尾的檔名。</translation>
    </message>
</context>
<context>
    <name>Segmenta::AboutDialog</name>
    <message>
        <source>GNU Lesser General Public License 3.0</source>
        <translation>GNU 寬通用公共許可證 3.0</translation>
    </message>
    <message>
        <source>Mozilla Public License 2.0</source>
        <translation>Mozilla 公共許可證 2.0</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>公有領域</translation>
    </message>
    <message>
        <source>zlib licence</source>
        <translation>zlib 許可證</translation>
    </message>
    <message>
        <source>BSD 2-clause licence</source>
        <translation>BSD 兩條款許可證</translation>
    </message>
    <message>
        <source>About Segmenta</source>
        <translation>關於 Segmenta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Segmenta %1&lt;/h3&gt;&lt;p&gt;Customer segmentation for marketing managers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Segmenta %1&lt;/h3&gt;&lt;p&gt;面向市場經理的客戶細分工具。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Segmenta is built with these components, under their licences:</source>
        <translation>Segmenta 使用了以下元件，並遵循各自的許可證：</translation>
    </message>
    <message>
        <source>Qt is used as shared libraries, which can be replaced by other builds of the same version.</source>
        <translation>Qt 以共享庫的形式使用，可以替換為同一版本的其他構建。</translation>
    </message>
    <message>
        <source>The licence texts are in &lt;a href="%1"&gt;%2&lt;/a&gt;.</source>
        <translation>許可證全文位於 &lt;a href="%1"&gt;%2&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>GNU General Public License 3.0</source>
        <translation>GNU 通用公共許可證 3.0</translation>
    </message>
    <message>
        <source>Segmenta is free software under the GNU General Public License 3.0 or later, and comes with no warranty.</source>
        <translation>Segmenta 是自由軟體，以 GNU 通用公共許可證 3.0 或更高版本釋出，不提供任何擔保。</translation>
    </message>
</context>
<context>
    <name>Segmenta::Analysis</name>
    <message>
        <source>The activity and assets setting “%1” is not valid.</source>
        <translation>交易活躍度與資產分析的設定“%1”無效。</translation>
    </message>
    <message>
        <source>The customer list has no assets column, so transaction activity cannot be compared with assets.</source>
        <translation>客戶名單中沒有資產列，因此無法將交易活躍度與資產進行比較。</translation>
    </message>
    <message>
        <source>The purchase model was not fitted: only %1 customers bought in the window, and at least %2 are needed.</source>
        <translation>未擬合購買模型：觀察期內只有 %1 位客戶有購買，至少需要 %2 位。</translation>
    </message>
    <message>
        <source>The purchase model was not fitted: too few repeat buyers (%1 of %2 customers bought more than once; at least %3 are needed to estimate how customers drop out).</source>
        <translation>未擬合購買模型：重複購買的客戶太少（%2 位客戶中有 %1 位購買過一次以上；至少需要 %3 位才能估計客戶的流失過程）。</translation>
    </message>
    <message>
        <source>The purchase model did not converge: the likelihood could not be evaluated.</source>
        <translation>購買模型未收斂：無法計算似然值。</translation>
    </message>
    <message>
        <source>The purchase model did not converge within %1 iterations.</source>
        <translation>購買模型在 %1 次迭代內未收斂。</translation>
    </message>
    <message>
        <source>The purchase model did not converge: the optimiser could make no further progress (largest gradient %1).</source>
        <translation>購買模型未收斂：最佳化演算法無法繼續改進（最大梯度 %1）。</translation>
    </message>
    <message>
        <source>The size of the %1 tier must be a percentage from 0 to 100.</source>
        <translation>%1 層級的佔比必須是 0 到 100 之間的百分比。</translation>
    </message>
    <message>
        <source>The tier sizes add up to %1 %, not 100 %.</source>
        <translation>各層級的佔比合計為 %1%，而不是 100%。</translation>
    </message>
    <message>
        <source>The pyramid needs one value per customer.</source>
        <translation>客戶金字塔要求每位客戶恰好有一個價值。</translation>
    </message>
    <message>
        <source>%1 customers share a value with a customer in the neighbouring tier. Tier sizes follow the cut-offs exactly, so equal values are ranked by their order in the customer list.</source>
        <translation>有 %1 位客戶與相鄰層級中的客戶價值相同。各層級的大小嚴格按照分界點劃分，因此價值相同的客戶按其在客戶名單中的順序排名。</translation>
    </message>
    <message>
        <source>%1 customers have no value and no tier.</source>
        <translation>%1 位客戶沒有價值，也沒有層級。</translation>
    </message>
    <message>
        <source>“%1” has %2 values but “%3” has %4.</source>
        <translation>“%1”有 %2 個值，而“%3”有 %4 個。</translation>
    </message>
    <message>
        <source>No row has a value for every chosen variable.</source>
        <translation>沒有任何一行在所有選定變數上都有值。</translation>
    </message>
    <message>
        <source>%1 of %2 rows were left out because a value was missing.</source>
        <translation>%2 行中有 %1 行因存在缺失值而被排除。</translation>
    </message>
    <message>
        <source>“%1” has no value “%2” to compare the others with.</source>
        <translation>“%1”中沒有值“%2”，無法將其作為參照與其他取值比較。</translation>
    </message>
    <message>
        <source>“%1” has only one value (%2) in the rows used, so it cannot explain anything and was left out.</source>
        <translation>“%1”在所用的行中只有一個值（%2），無法解釋任何差異，已被排除。</translation>
    </message>
    <message>
        <source>The spend model was not fitted: only %1 repeat buyers have a positive repeat spend, and at least %2 are needed (%3 customers bought once only, %4 have a zero or negative repeat spend).</source>
        <translation>未擬合消費金額模型：只有 %1 位重複購買客戶的重複消費金額為正，至少需要 %2 位（%3 位客戶只購買過一次，%4 位客戶的重複消費金額為零或負數）。</translation>
    </message>
    <message>
        <source>The spend model did not converge: the likelihood could not be evaluated.</source>
        <translation>消費金額模型未收斂：無法計算似然值。</translation>
    </message>
    <message>
        <source>The spend model did not converge within %1 iterations.</source>
        <translation>消費金額模型在 %1 次迭代內未收斂。</translation>
    </message>
    <message>
        <source>The spend model did not converge: the optimiser could make no further progress (largest gradient %1).</source>
        <translation>消費金額模型未收斂：最佳化演算法無法繼續改進（最大梯度 %1）。</translation>
    </message>
    <message>
        <source>The growth setting “%1” is not valid.</source>
        <translation>成長性分析的設定“%1”無效。</translation>
    </message>
    <message>
        <source>The data has no transactions with dates and amounts, so spending trends cannot be computed.</source>
        <translation>資料中沒有帶日期和金額的交易，因此無法計算消費趨勢。</translation>
    </message>
    <message>
        <source>The growth analysis was cancelled.</source>
        <translation>已取消成長性分析。</translation>
    </message>
    <message>
        <source>The backtest was cancelled.</source>
        <translation>已取消回測。</translation>
    </message>
    <message>
        <source>The backtest needs transactions with dates.</source>
        <translation>回測需要帶日期的交易。</translation>
    </message>
    <message>
        <source>The backtest needs a calibration window that ends before the holdout window, and a holdout window that is not empty.</source>
        <translation>回測要求校準期在驗證期開始之前結束，且驗證期不能為空。</translation>
    </message>
    <message>
        <source>The clustering was cancelled.</source>
        <translation>已取消聚類。</translation>
    </message>
    <message>
        <source>“%1” is not numeric; clusters are found on numeric features.</source>
        <translation>“%1”不是數值型；聚類只能基於數值型特徵。</translation>
    </message>
    <message>
        <source>“%1” has the same value in every row and was left out.</source>
        <translation>“%1”在每一行中的值都相同，已被排除。</translation>
    </message>
    <message>
        <source>Clusters need at least one varying numeric feature and more rows than clusters; there are %1 rows.</source>
        <translation>聚類至少需要一個有變化的數值型特徵，且行數須多於聚類數；當前只有 %1 行。</translation>
    </message>
    <message>
        <source>The %1 restarts of each k were compared on a random sample of %2 rows; the best was then refined on all %3 rows.</source>
        <translation>每個 k 值的 %1 次隨機重啟先在 %2 行的隨機樣本上比較，再用全部 %3 行對最優結果進一步最佳化。</translation>
    </message>
    <message>
        <source>The rows have only %1 distinct combinations of the features, too few for %2 clusters.</source>
        <translation>這些行的特徵只有 %1 種不同組合，不足以分成 %2 個聚類。</translation>
    </message>
    <message>
        <source>The rows have only %1 distinct combinations of the features, so k stops at %1.</source>
        <translation>這些行的特徵只有 %1 種不同組合，因此 k 的上限為 %1。</translation>
    </message>
    <message>
        <source>For k = %1 a few rows still changed cluster after %2 iterations; the clusters are close to, not exactly at, a stable solution.</source>
        <translation>k = %1 時，經過 %2 次迭代後仍有少數行改變了所屬聚類；聚類結果接近但尚未完全達到穩定解。</translation>
    </message>
    <message>
        <source>The silhouette was computed on a random sample of %1 of the %2 rows (the same sample for every k); the clusters use every row.</source>
        <translation>輪廓係數是在從 %2 行中隨機抽取的 %1 行樣本上計算的（每個 k 值使用相同的樣本）；聚類本身使用了全部行。</translation>
    </message>
    <message>
        <source>The lifecycle setting “%1” is not valid.</source>
        <translation>生命週期分析的設定“%1”無效。</translation>
    </message>
    <message>
        <source>The lifetime value analysis was cancelled.</source>
        <translation>已取消客戶終身價值分析。</translation>
    </message>
    <message>
        <source>The analysis date must be after the last purchase in the data (%1).</source>
        <translation>分析日期必須晚於資料中的最後一次購買（%1）。</translation>
    </message>
    <message>
        <source>The discount rate must be a number above -100 %.</source>
        <translation>折現率必須是大於 -100% 的數字。</translation>
    </message>
    <message>
        <source>The spend model is unavailable, so expected spend per purchase is each customer's observed average.</source>
        <translation>消費金額模型不可用，因此每次購買的預期消費金額採用各客戶的實際平均值。</translation>
    </message>
    <message>
        <source>The fitted spend model has no finite mean, so %1 customers use their observed average spend per purchase.</source>
        <translation>擬合出的消費金額模型沒有有限的均值，因此 %1 位客戶採用其實際的每次購買平均消費金額。</translation>
    </message>
    <message>
        <source>No purchase probabilities or lifetime values were computed because the purchase model is unavailable.</source>
        <translation>購買模型不可用，因此未計算購買可能性和客戶終身價值。</translation>
    </message>
    <message>
        <source>Choose the dependent variable of the regression.</source>
        <translation>請選擇迴歸的因變數。</translation>
    </message>
    <message>
        <source>The dependent variable has the same value in every row used, so there is nothing to explain.</source>
        <translation>因變數在所用的每一行中取值都相同，沒有可解釋的差異。</translation>
    </message>
    <message>
        <source>The predictors reproduce the dependent variable exactly (no residual variation): it is probably computed from them, and the standard errors and p-values mean nothing.</source>
        <translation>自變數能完全重現因變數（沒有殘差變異）：因變數很可能就是由它們計算得出的，標準誤和 p 值沒有意義。</translation>
    </message>
    <message>
        <source>Choose the outcome of the regression.</source>
        <translation>請選擇迴歸的結果變數。</translation>
    </message>
    <message>
        <source>The outcome of a logistic regression must be 0 or 1 (no or yes), but row %1 has %2.</source>
        <translation>邏輯迴歸的結果變數必須是 0 或 1（否或是），但第 %1 行的值為 %2。</translation>
    </message>
    <message>
        <source>Every row used has the same outcome (%1), so there is nothing to explain.</source>
        <translation>所用的每一行結果都相同（%1），沒有可解釋的差異。</translation>
    </message>
    <message>
        <source>The regression was cancelled.</source>
        <translation>已取消迴歸分析。</translation>
    </message>
    <message>
        <source>The outcome is separated by %1: %2 of %3 rows are predicted with certainty, so the coefficients run off towards infinity and their standard errors and p-values mean nothing. Leave that predictor out or merge its categories.</source>
        <translation>結果變數被 %1 完全分離：%3 行中有 %2 行可被確定地預測，因此係數趨向無窮大，其標準誤和 p 值沒有意義。請去掉該自變數或合併其類別。</translation>
    </message>
    <message>
        <source>The logistic regression did not converge within %1 iterations: its figures are not reliable.</source>
        <translation>邏輯迴歸在 %1 次迭代內未收斂：其結果不可靠。</translation>
    </message>
    <message>
        <source>Only %1 rows have the rarer outcome, for %2 parameters (fewer than 10 per parameter): the estimates are unstable.</source>
        <translation>較少出現的結果只有 %1 行，而待估係數有 %2 個（每個係數不足 10 行）：估計值不穩定。</translation>
    </message>
    <message>
        <source>The 80/20 setting “%1” is not valid.</source>
        <translation>二八法則分析的設定“%1”無效。</translation>
    </message>
    <message>
        <source>%1 customers have no value and are left out.</source>
        <translation>%1 位客戶沒有價值，已被排除。</translation>
    </message>
    <message>
        <source>%1 customers have a negative value (together %2); they count as 0 in the curve, the shares and the Gini coefficient.</source>
        <translation>%1 位客戶的價值為負數（合計 %2）；在曲線、佔比和基尼係數中按 0 計算。</translation>
    </message>
    <message>
        <source>There are no customers to rank.</source>
        <translation>沒有可排名的客戶。</translation>
    </message>
    <message>
        <source>No customer brings a positive value, so there is no share of value to show.</source>
        <translation>沒有客戶帶來正價值，因此無法顯示價值佔比。</translation>
    </message>
    <message>
        <source>“%1” is not numeric; principal components need numeric attributes.</source>
        <translation>“%1”不是數值型；主成分分析需要數值型屬性。</translation>
    </message>
    <message>
        <source>Principal components need at least 3 rows with every attribute present; there are %1.</source>
        <translation>主成分分析至少需要 3 行所有屬性均無缺失的資料；當前只有 %1 行。</translation>
    </message>
    <message>
        <source>Principal components need at least two numeric attributes that vary.</source>
        <translation>主成分分析至少需要兩個有變化的數值型屬性。</translation>
    </message>
    <message>
        <source>“%1” was left out: it is an exact linear combination of the other predictors (perfectly collinear), so its effect cannot be told apart from theirs.</source>
        <translation>“%1”已被排除：它是其他自變數的精確線性組合（完全共線性），因此無法將它的作用與其他自變數區分開。</translation>
    </message>
    <message>
        <source>Only %1 rows for %2 parameters: a regression needs more rows than parameters (and ten per parameter to be trusted).</source>
        <translation>只有 %1 行，而待估係數有 %2 個：迴歸要求行數多於待估係數個數（每個係數有 10 行以上結果才可信）。</translation>
    </message>
    <message>
        <source>“%1” is strongly collinear with the other predictors (VIF %2, above 10): its coefficient and p-value are unreliable.</source>
        <translation>“%1”與其他自變數存在嚴重共線性（方差膨脹因子 VIF 為 %2，超過 10）：其係數和 p 值不可靠。</translation>
    </message>
    <message>
        <source>Only %1 rows for %2 parameters (fewer than 10 per parameter): the estimates are unstable; use more rows or fewer predictors.</source>
        <translation>只有 %1 行，而待估係數有 %2 個（每個係數不足 10 行）：估計值不穩定；請使用更多的行或更少的自變數。</translation>
    </message>
    <message>
        <source>The RFM setting “%1” is not valid.</source>
        <translation>RFM 設定“%1”無效。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 recency scores are used (empty: %3): the customers have only %4 different recency values, and customers with the same value share a score. The split rule gives every score the same number of customers; cut points can also be set by hand.</source>
        <translation>%2 個最近消費得分中只用到了 %1 個（空缺：%3）：客戶的最近消費只有 %4 種不同取值，而取值相同的客戶得分相同。劃分規則讓每個得分的客戶數相同；也可以手動設定分界點。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 frequency scores are used (empty: %3): the customers have only %4 different frequency values, and customers with the same value share a score. The split rule gives every score the same number of customers; cut points can also be set by hand.</source>
        <translation>%2 個消費頻率得分中只用到了 %1 個（空缺：%3）：客戶的消費頻率只有 %4 種不同取值，而取值相同的客戶得分相同。劃分規則讓每個得分的客戶數相同；也可以手動設定分界點。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 monetary scores are used (empty: %3): the customers have only %4 different monetary values, and customers with the same value share a score. The split rule gives every score the same number of customers; cut points can also be set by hand.</source>
        <translation>%2 個消費金額得分中只用到了 %1 個（空缺：%3）：客戶的消費金額只有 %4 種不同取值，而取值相同的客戶得分相同。劃分規則讓每個得分的客戶數相同；也可以手動設定分界點。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 recency scores are used (empty: %3): many customers have the same or nearly the same recency, so several cut points coincide. The split rule gives every score the same number of customers; cut points can also be set by hand.</source>
        <translation>%2 個最近消費得分中只用到了 %1 個（空缺：%3）：許多客戶的最近消費相同或幾乎相同，導致多個分界點重合。劃分規則讓每個得分的客戶數相同；也可以手動設定分界點。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 frequency scores are used (empty: %3): many customers have the same or nearly the same frequency, so several cut points coincide. The split rule gives every score the same number of customers; cut points can also be set by hand.</source>
        <translation>%2 個消費頻率得分中只用到了 %1 個（空缺：%3）：許多客戶的消費頻率相同或幾乎相同，導致多個分界點重合。劃分規則讓每個得分的客戶數相同；也可以手動設定分界點。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 monetary scores are used (empty: %3): many customers have the same or nearly the same monetary value, so several cut points coincide. The split rule gives every score the same number of customers; cut points can also be set by hand.</source>
        <translation>%2 個消費金額得分中只用到了 %1 個（空缺：%3）：許多客戶的消費金額相同或幾乎相同，導致多個分界點重合。劃分規則讓每個得分的客戶數相同；也可以手動設定分界點。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 recency scores are used (empty: %3): no customer's recency lies between some of the given cut points.</source>
        <translation>%2 個最近消費得分中只用到了 %1 個（空缺：%3）：在給定的某些相鄰分界點之間，沒有任何客戶的最近消費落入。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 frequency scores are used (empty: %3): no customer's frequency lies between some of the given cut points.</source>
        <translation>%2 個消費頻率得分中只用到了 %1 個（空缺：%3）：在給定的某些相鄰分界點之間，沒有任何客戶的消費頻率落入。</translation>
    </message>
    <message>
        <source>Only %1 of the %2 monetary scores are used (empty: %3): no customer's monetary value lies between some of the given cut points.</source>
        <translation>%2 個消費金額得分中只用到了 %1 個（空缺：%3）：在給定的某些相鄰分界點之間，沒有任何客戶的消費金額落入。</translation>
    </message>
    <message>
        <source>The RFM analysis was cancelled.</source>
        <translation>已取消 RFM 分析。</translation>
    </message>
    <message>
        <source>The number of RFM scores must be between %1 and %2.</source>
        <translation>RFM 得分的等級數必須在 %1 到 %2 之間。</translation>
    </message>
    <message>
        <source>The quantile offset must be a number.</source>
        <translation>分位數偏移量必須是數字。</translation>
    </message>
    <message>
        <source>RFM cut points must be 1 to %1 numbers in ascending order.</source>
        <translation>RFM 分界點必須是按升序排列的 1 到 %1 個數字。</translation>
    </message>
    <message>
        <source>The saved RFM thresholds were computed for another frequency or monetary measure. Choose the same measures, or compute new thresholds.</source>
        <translation>儲存的 RFM 閾值是針對另一種消費頻率或消費金額指標計算的。請選擇相同的指標，或重新計算閾值。</translation>
    </message>
    <message>
        <source>The saved RFM thresholds are incomplete: each dimension needs ascending cut points.</source>
        <translation>儲存的 RFM 閾值不完整：每個維度都需要按升序排列的分界點。</translation>
    </message>
    <message>
        <source>The RFM analysis date %1 is not after every purchase (the last is on %2). Choose a later date, or leave later orders out of the data.</source>
        <translation>RFM 分析日期 %1 並不晚於所有購買（最後一次購買在 %2）。請選擇更晚的日期，或將更晚的訂單從資料中排除。</translation>
    </message>
    <message>
        <source>Only %1 customers have purchases, fewer than the %2 scores, so some scores stay empty.</source>
        <translation>只有 %1 位客戶有購買，少於 %2 個得分等級，因此部分得分為空。</translation>
    </message>
    <message>
        <source>No customer has a purchase before the analysis date; nobody gets an RFM score.</source>
        <translation>沒有客戶在分析日期之前有購買；所有客戶都沒有 RFM 得分。</translation>
    </message>
    <message>
        <source>%1 customers have no purchase before the analysis date and get no RFM score; they are listed separately.</source>
        <translation>%1 位客戶在分析日期之前沒有購買，因此沒有 RFM 得分；這些客戶單獨列出。</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>冠軍客戶</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠誠客戶</translation>
    </message>
    <message>
        <source>Potential Loyalist</source>
        <translation>潛在忠誠客戶</translation>
    </message>
    <message>
        <source>New Customers</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>有潛力客戶</translation>
    </message>
    <message>
        <source>Need Attention</source>
        <translation>需要關注</translation>
    </message>
    <message>
        <source>About To Sleep</source>
        <translation>即將沉睡</translation>
    </message>
    <message>
        <source>At Risk</source>
        <translation>有流失風險</translation>
    </message>
    <message>
        <source>Can't Lose Them</source>
        <translation>不能失去</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>休眠客戶</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>The RFM segment table in the project file is damaged.</source>
        <translation>專案檔案中的 RFM 細分表已損壞。</translation>
    </message>
    <message>
        <source>%1 score combinations are in no segment; their customers stay unassigned: %2.</source>
        <translation>有 %1 種得分組合不屬於任何細分，這些組合的客戶仍未分配：%2。</translation>
    </message>
    <message>
        <source>Code %1 is claimed by %2 rules (%3); the first one wins.</source>
        <translation>編碼 %1 同時被 %2 條規則匹配（%3）；以第一條規則為準。</translation>
    </message>
    <message>
        <source>Rule %1 of the RFM segments has no name.</source>
        <translation>RFM 細分的第 %1 條規則沒有名稱。</translation>
    </message>
    <message>
        <source>Rule %1 of the RFM segments has the code %2; codes are three scores from 1 to 9, such as 545.</source>
        <translation>RFM 細分的第 %1 條規則的編碼為 %2；編碼應由三個 1 到 9 的得分組成，例如 545。</translation>
    </message>
    <message>
        <source>Rule %1 of the RFM segments has the score range %2 to %3; scores run from 1 to 9, the lower first.</source>
        <translation>RFM 細分的第 %1 條規則的得分範圍為 %2 到 %3；得分取值為 1 到 9，且較小的值在前。</translation>
    </message>
    <message>
        <source>The value group setting “%1” is not valid.</source>
        <translation>價值分組的設定“%1”無效。</translation>
    </message>
    <message>
        <source>Without transactions or a predicted value the growth potential is unknown, so no customer is most growable.</source>
        <translation>沒有交易或預測價值，就無法得知成長潛力，因此沒有客戶被列為最具成長性客戶。</translation>
    </message>
    <message>
        <source>The customer list has no cost to serve, so profit is the gross profit and only customers whose refunds exceed their purchases are below zero.</source>
        <translation>客戶名單中沒有服務成本，因此利潤即為毛利，只有退款超過購買金額的客戶才屬於低於零點客戶。</translation>
    </message>
    <message>
        <source>Only %1 profitable customers outside the most valuable group have any growth potential, so the most growable group is smaller than asked.</source>
        <translation>在最具價值客戶組之外，只有 %1 位盈利客戶具有成長潛力，因此最具成長性客戶組的人數少於設定值。</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>已取消分析。</translation>
    </message>
    <message>
        <source>Customers cannot be ranked by lifetime value: %1</source>
        <translation>無法按客戶終身價值對客戶排名：%1</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>白金</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>黃金</translation>
    </message>
    <message>
        <source>Iron</source>
        <translation>鐵</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>鉛</translation>
    </message>
    <message>
        <source>The customer list has no attribute “%1”.</source>
        <translation>客戶名單中沒有屬性“%1”。</translation>
    </message>
    <message>
        <source>There are no customer attributes to explain value with: import a customer list.</source>
        <translation>沒有可用於解釋客戶價值的客戶屬性：請匯入客戶名單。</translation>
    </message>
    <message>
        <source>This project holds a summary computed by the warehouse up to %1; to analyse another period, refresh it from the warehouse with that date.</source>
        <translation>本專案儲存的是資料倉庫計算到 %1 為止的客戶彙總；如需分析其他時間段，請用該日期從資料倉庫重新重新整理。</translation>
    </message>
    <message>
        <source>The warehouse summary holds spending trends for windows of %1 days and a slope over %2 months only.</source>
        <translation>資料倉庫彙總中的消費趨勢只按 %1 天的時間視窗和 %2 個月的斜率計算。</translation>
    </message>
    <message>
        <source>The warehouse summary lacks the column “%1”.</source>
        <translation>資料倉庫彙總缺少列“%1”。</translation>
    </message>
    <message>
        <source>The purchase model did not converge: the estimates ran off to a boundary (r = %1, α = %2, a = %3, b = %4), so the data do not pin the model down; %5 of %6 customers are repeat buyers.</source>
        <translation>購買模型未收斂：估計值趨向邊界（r = %1，α = %2，a = %3，b = %4），說明資料不足以確定模型；%6 位客戶中有 %5 位是重複購買客戶。</translation>
    </message>
    <message>
        <source>The spend model did not converge: the estimates ran off to a boundary (p = %1, q = %2, γ = %3); spend per purchase may vary too little between or within customers.</source>
        <translation>消費金額模型未收斂：估計值趨向邊界（p = %1，q = %2，γ = %3）；每次購買的消費金額在客戶之間或同一客戶內部的差異可能太小。</translation>
    </message>
    <message>
        <source>The analysis date falls after 9999-12-31, where no real order lies. Import the orders again or choose an earlier analysis date.</source>
        <translation>分析日期晚於 9999-12-31，那裡不可能有真實訂單。請重新匯入訂單，或選擇更早的分析日期。</translation>
    </message>
    <message>
        <source>No order lies before the analysis date %1: the first order is on %2. Choose a later date.</source>
        <translation>分析日期 %1 之前沒有任何訂單：第一筆訂單在 %2。請選擇更晚的日期。</translation>
    </message>
    <message>
        <source>%1 was chosen: fitted before the holdout date, it forecast the holdout best (error %2 % of the actual repeat purchases, by frequency).</source>
        <translation>選用 %1：用留出日期之前的資料擬合時，它對留出期的預測最準（按消費頻率計，誤差為實際重複購買的 %2 %）。</translation>
    </message>
    <message>
        <source>%1 was chosen: it has the lowest BIC (%2) of the models that converged.</source>
        <translation>選用 %1：在已收斂的模型中，它的 BIC 最低（%2）。</translation>
    </message>
    <message>
        <source>No purchase model converged, so BG/NBD is kept.</source>
        <translation>沒有購買模型收斂，因此沿用 BG/NBD。</translation>
    </message>
    <message>
        <source>The Pareto/NBD purchase model did not converge: the estimates ran off to a boundary (r = %1, α = %2, s = %3, β = %4), so the data do not pin the model down; %5 of %6 customers are repeat buyers.</source>
        <translation>Pareto/NBD 購買模型未收斂：估計值跑到了邊界（r = %1，α = %2，s = %3，β = %4），資料不足以確定模型；%6 位客戶中有 %5 位是回頭客。</translation>
    </message>
    <message>
        <source>%1 customers have no “%2”; they are kept, clustered at its mean and shown as missing.</source>
        <translation>%1 位客戶沒有“%2”；他們仍保留在內，按平均值參與聚類，並顯示為缺失。</translation>
    </message>
    <message>
        <source>%1 customers have no “%2”; they are kept, with “missing” as their value.</source>
        <translation>%1 位客戶沒有“%2”；他們仍保留在內，取值記為“缺失”。</translation>
    </message>
    <message>
        <source>k was chosen on a random sample of %1 of the %2 customers (fixed seed); the groups cover every customer.</source>
        <translation>k 是在 %2 位客戶中隨機抽取的 %1 位樣本上選定的（固定種子）；分組覆蓋全部客戶。</translation>
    </message>
    <message>
        <source>The best mean silhouette is %1, below %2: these attributes show no clear groups, and the groups below are cuts through a continuum rather than types of customer.</source>
        <translation>最佳平均輪廓係數為 %1，低於 %2：這些屬性沒有呈現明顯的群組，下面的各組只是對連續分佈的切分，而不是不同型別的客戶。</translation>
    </message>
    <message>
        <source>No customer attribute or value measure is called “%1”.</source>
        <translation>沒有名為“%1”的客戶屬性或價值指標。</translation>
    </message>
    <message>
        <source>Group %1: %2 % of the customers. Set apart by (share in the group / overall): %3.</source>
        <translation>第 %1 組：佔客戶的 %2 %。區別於其他客戶的特徵（組內佔比 / 總體佔比）：%3。</translation>
    </message>
</context>
<context>
    <name>Segmenta::AttributeGroupsPanel</name>
    <message>
        <source>Groups on Chosen Attributes</source>
        <translation>按所選屬性分組</translation>
    </message>
    <message>
        <source>Tick the attributes to group the customers by.</source>
        <translation>勾選用於給客戶分組的屬性。</translation>
    </message>
    <message>
        <source>&amp;Find Groups</source>
        <translation>查詢分組(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Tick attributes such as lifestyle, personality, values, age and region, then Find Groups.</source>
        <translation>勾選生活方式、性格、價值觀、年齡、地區等屬性，然後點選“查詢分組”。</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>組名</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>平均客戶終身價值</translation>
    </message>
    <message>
        <source>P(alive)</source>
        <translation>存活機率</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>收入佔比</translation>
    </message>
    <message>
        <source>Set apart by</source>
        <translation>區別特徵</translation>
    </message>
    <message>
        <source>&amp;Make Segment</source>
        <translation>生成細分(&amp;M)</translation>
    </message>
    <message>
        <source>Add the selected group to the segments, with its name, rule and description.</source>
        <translation>把所選分組加入細分，並帶上它的名稱、規則和描述。</translation>
    </message>
    <message>
        <source>Tick at least one attribute.</source>
        <translation>請至少勾選一個屬性。</translation>
    </message>
    <message>
        <source>The analysis has not run yet; try again in a moment.</source>
        <translation>分析尚未完成，請稍後再試。</translation>
    </message>
    <message>
        <source>Finding groups…</source>
        <translation>正在查詢分組…</translation>
    </message>
    <message>
        <source>%1 groups (mean silhouette %2).</source>
        <translation>%1 個分組（平均輪廓係數 %2）。</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>第 %1 組</translation>
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
        <translation>“%1”已成為細分；其規則保留了該組 %3 位客戶中的 %2 位，並納入了 %4 位其他客戶。</translation>
    </message>
    <message>
        <source>“%1” is now a segment, but its rule describes the group loosely: it keeps %2 of the group's %3 customers and takes in %4 others; refine it on the Segments page.</source>
        <translation>“%1”已成為細分，但其規則對該組描述得較粗：保留了該組 %3 位客戶中的 %2 位，並納入了 %4 位其他客戶；請在“細分”頁面上細化。</translation>
    </message>
    <message>
        <source>No attribute value sets this group apart, so it cannot become a segment.</source>
        <translation>沒有哪個屬性取值能把這個群組區分出來，因此它不能成為細分。</translation>
    </message>
</context>
<context>
    <name>Segmenta::BacktestPanel</name>
    <message>
        <source>Backtest by frequency</source>
        <translation>按消費頻率的回測</translation>
    </message>
    <message>
        <source>Backtest tracking</source>
        <translation>回測跟蹤曲線</translation>
    </message>
    <message>
        <source>The data covers too short a time for a backtest (at least %1 days are needed).</source>
        <translation>資料覆蓋的時間太短，無法回測（至少需要 %1 天）。</translation>
    </message>
    <message>
        <source>Testing the purchase model on the past: fitting it on the orders before %1…</source>
        <translation>正在用歷史資料檢驗購買模型：用 %1 之前的訂單擬合…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No backtest&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;無法回測&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backtest&lt;/b&gt;: the purchase model, fitted on the orders before %1, expected the %L2 customers who had bought by then to make &lt;b&gt;%3&lt;/b&gt; repeat purchases from %1 to %4; they made &lt;b&gt;%L5&lt;/b&gt; (forecast error %6 %). %7</source>
        <translation>&lt;b&gt;回測&lt;/b&gt;：用 %1 之前的訂單擬合的購買模型預計，此前已購買過的 %L2 位客戶在 %1 至 %4 期間會重複購買 &lt;b&gt;%3&lt;/b&gt; 次；實際為 &lt;b&gt;%L5&lt;/b&gt; 次（預測誤差 %6 %）。%7</translation>
    </message>
    <message>
        <source>The fit converged.</source>
        <translation>擬合已收斂。</translation>
    </message>
    <message>
        <source>The fit did not converge: %1</source>
        <translation>擬合未收斂：%1</translation>
    </message>
    <message>
        <source>Repeat purchases in the holdout, by purchases before it</source>
        <translation>檢驗期內的重複購買，按檢驗期前的購買次數分組</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>實際</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>預期</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Repeat purchases before %1</source>
        <translation>%1 之前的重複購買次數</translation>
    </message>
    <message>
        <source>Mean repeat purchases in the holdout</source>
        <translation>檢驗期內的平均重複購買次數</translation>
    </message>
    <message>
        <source>%L1 customers: %2 repeat purchases each on average, %3 expected. Click to see them.</source>
        <translation>%L1 位客戶：平均每人重複購買 %2 次，預期 %3 次。點選檢視這些客戶。</translation>
    </message>
    <message>
        <source>Cumulative repeat purchases</source>
        <translation>累計重複購買次數</translation>
    </message>
    <message>
        <source>Start of the holdout</source>
        <translation>檢驗期開始</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天數</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>週數</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月數</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%2 以來的%1</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>重複購買次數</translation>
    </message>
    <message>
        <source>%1 %2: %3 repeat purchases</source>
        <translation>%1 %2：重複購買 %3 次</translation>
    </message>
    <message>
        <source>%1 repeat purchases before %2</source>
        <translation>%2 之前重複購買 %1 次</translation>
    </message>
</context>
<context>
    <name>Segmenta::ChartExport</name>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 圖片 (*.png);;SVG 向量圖 (*.svg);;PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The chart could not be written.</source>
        <translation>無法寫入圖表。</translation>
    </message>
    <message>
        <source>The file %1 could not be replaced; is it open elsewhere?</source>
        <translation>無法替換檔案 %1；它是否在別的程式中開啟？</translation>
    </message>
</context>
<context>
    <name>Segmenta::ChartFrame</name>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG, SVG or PDF file</source>
        <translation>將此圖表儲存為 PNG、SVG 或 PDF 檔案</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>匯出圖表…</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>匯出圖表</translation>
    </message>
</context>
<context>
    <name>Segmenta::ClustersPage</name>
    <message>
        <source>The clusters have fewer than two features to draw.</source>
        <translation>聚類的特徵少於兩個，無法繪圖。</translation>
    </message>
    <message>
        <source>Number of clusters (k)</source>
        <translation>聚類數（k）</translation>
    </message>
    <message>
        <source>The clusters are computed with the analysis.</source>
        <translation>聚類隨分析一起計算。</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>聚類</translation>
    </message>
    <message>
        <source>Elbow</source>
        <translation>肘部圖</translation>
    </message>
    <message>
        <source>Silhouette</source>
        <translation>輪廓係數</translation>
    </message>
    <message>
        <source>Double-click a cluster to see its customers.</source>
        <translation>雙擊某個聚類即可檢視其客戶。</translation>
    </message>
    <message>
        <source>Chosen: k = %1</source>
        <translation>選定：k = %1</translation>
    </message>
    <message>
        <source>Elbow: the spread left within the clusters</source>
        <translation>肘部圖：聚類內部剩餘的離散程度</translation>
    </message>
    <message>
        <source>Within-cluster sum of squares</source>
        <translation>聚類內平方和</translation>
    </message>
    <message>
        <source>Silhouette: how well the clusters separate</source>
        <translation>輪廓係數：聚類之間的區分程度</translation>
    </message>
    <message>
        <source>Mean silhouette</source>
        <translation>平均輪廓係數</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 clusters&lt;/b&gt; of buyers by log recency, frequency and monetary value; k chosen by the largest mean silhouette (%2).</source>
        <translation>按最近消費、消費頻率和消費金額（取對數）將購買客戶分為 &lt;b&gt;%1 個聚類&lt;/b&gt;；k 按最大的平均輪廓係數（%2）選定。</translation>
    </message>
    <message>
        <source>Clusters on the first two principal components</source>
        <translation>前兩個主成分上的聚類</translation>
    </message>
    <message>
        <source>Clusters on the first two principal components (a sample of %L1 of %L2 customers)</source>
        <translation>前兩個主成分上的聚類（%L2 位客戶中抽樣 %L1 位）</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>聚類 %1</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;PC1 %2, PC2 %3&lt;br&gt;Click its legend entry to see its customers.</source>
        <translation>%1&lt;br&gt;主成分 1：%2，主成分 2：%3&lt;br&gt;點選圖例中的該項即可檢視其客戶。</translation>
    </message>
    <message>
        <source>%1: %2 % of the variance</source>
        <translation>%1：%2 % 的方差</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>聚類</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>佔比</translation>
    </message>
    <message>
        <source>Mean recency (days)</source>
        <translation>平均最近消費（天）</translation>
    </message>
    <message>
        <source>Mean frequency (orders)</source>
        <translation>平均消費頻率（訂單數）</translation>
    </message>
    <message>
        <source>Mean monetary value</source>
        <translation>平均消費金額</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>收入佔比</translation>
    </message>
    <message>
        <source>%1. PC1 is mostly %2; PC2 mostly %3.</source>
        <translation>%1。PC1 主要反映%2；PC2 主要反映%3。</translation>
    </message>
    <message>
        <source>Value Clusters</source>
        <translation>按價值聚類</translation>
    </message>
    <message>
        <source>Groups on Chosen Attributes</source>
        <translation>按所選屬性分組</translation>
    </message>
</context>
<context>
    <name>Segmenta::ColumnProfileView</name>
    <message>
        <source>Column profile</source>
        <translation>列概況</translation>
    </message>
    <message>
        <source>Select a column to see its profile.</source>
        <translation>選擇一列以檢視其概況。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%L2 rows, %L3 blank</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%L2 行，%L3 行為空</translation>
    </message>
    <message>
        <source>, %L1 distinct values</source>
        <translation>，%L1 個不同的值</translation>
    </message>
    <message>
        <source>&lt;br&gt;from %1 to %2, mean %3</source>
        <translation>&lt;br&gt;從 %1 到 %2，平均 %3</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%Ln most frequent shown; %L1 rows hold other values</source>
        <translation>
            <numerusform>&lt;br&gt;顯示最常見的 %Ln 個值；另有 %L1 行為其他值</numerusform>
        </translation>
    </message>
    <message>
        <source>Most frequent values</source>
        <translation>最常見的值</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分佈</translation>
    </message>
    <message>
        <source>%1: %L2 rows</source>
        <translation>%1：%L2 行</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>%1 的概況</translation>
    </message>
</context>
<context>
    <name>Segmenta::CurrencyDialog</name>
    <message>
        <source>Project Currency</source>
        <translation>專案貨幣</translation>
    </message>
    <message>
        <source>Money is shown with this sign on the pages, in the workshop report and in the target lists. Leave it empty for the sign of your language's country.</source>
        <translation>頁面、研討會報告和目標客戶名單中的金額均帶此符號。留空則使用您所用語言對應國家的貨幣符號。</translation>
    </message>
    <message>
        <source>&amp;Currency sign:</source>
        <translation>貨幣符號(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>Segmenta::CustomerListDialog</name>
    <message>
        <source>Save as CSV…</source>
        <translation>另存為 CSV…</translation>
    </message>
    <message>
        <source>Save Customers</source>
        <translation>儲存客戶</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Why This Segment?</source>
        <translation>為何屬於此細分？</translation>
    </message>
    <message>
        <source>Which segment the selected customer is in, the rules tried in priority order and which of their conditions held.</source>
        <translation>所選客戶屬於哪個細分、按優先順序依次檢查的規則，以及其中哪些條件成立。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customers. Click a column header to sort.</source>
        <translation>
            <numerusform>%1：%Ln 位客戶。點選列標題可排序。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Segmenta::DataPage</name>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Customers (%L1)</source>
        <translation>客戶（%L1）</translation>
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
        <translation>已取消生成演示資料。</translation>
    </message>
    <message>
        <source>Cannot write the file “%1”: %2</source>
        <translation>無法寫入檔案“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot replace the existing file “%1”.</source>
        <translation>無法替換現有檔案“%1”。</translation>
    </message>
    <message>
        <source>The demo data needs between 1 and %1 customers.</source>
        <translation>演示資料的客戶數須在 1 到 %1 之間。</translation>
    </message>
    <message>
        <source>The mean number of order lines per customer must be between 0 and %1.</source>
        <translation>每位客戶的平均訂單行數須在 0 到 %1 之間。</translation>
    </message>
    <message>
        <source>The demo period from %1 to %2 is not valid: the end must not be before the start, and it may span at most %3 days.</source>
        <translation>演示期間 %1 至 %2 無效：結束日期不能早於開始日期，且最多跨 %3 天。</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1” for the demo data.</source>
        <translation>無法為演示資料建立資料夾“%1”。</translation>
    </message>
    <message>
        <source>Cannot write the demo data to the folder “%1”: %2</source>
        <translation>無法將演示資料寫入資料夾“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Segmenta::DemoProject</name>
    <message>
        <source>Building the demo</source>
        <translation>正在生成演示專案</translation>
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
        <translation>價值的驅動因素</translation>
    </message>
    <message>
        <source>What makes a top-20 % customer</source>
        <translation>哪些因素造就前 20 % 的客戶</translation>
    </message>
    <message>
        <source>Significant (p ≤ 0.05)</source>
        <translation>顯著（p ≤ 0.05）</translation>
    </message>
    <message>
        <source>Not significant (p &gt; 0.05)</source>
        <translation>不顯著（p &gt; 0.05）</translation>
    </message>
    <message>
        <source>Change in log-odds per SD of the attribute</source>
        <translation>對數機率變化 / 屬性標準差</translation>
    </message>
    <message>
        <source>SDs of value per SD of the attribute</source>
        <translation>價值標準差 / 屬性標準差</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;standardised effect %2 ± %3&lt;br&gt;estimate %4 (SE %5)&lt;br&gt;%6 = %7, p = %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;標準化效應 %2 ± %3&lt;br&gt;估計值 %4（標準誤 %5）&lt;br&gt;%6 = %7，p = %8</translation>
    </message>
    <message>
        <source>95 % confidence interval</source>
        <translation>95% 置信區間</translation>
    </message>
</context>
<context>
    <name>Segmenta::DriversPage</name>
    <message>
        <source>Customer value (linear regression)</source>
        <translation>客戶價值（線性迴歸）</translation>
    </message>
    <message>
        <source>In the top 20 % by revenue (logistic regression)</source>
        <translation>按收入位於前 20 %（邏輯迴歸）</translation>
    </message>
    <message>
        <source>Explain:</source>
        <translation>解釋：</translation>
    </message>
    <message>
        <source>With these customer attributes:</source>
        <translation>使用以下客戶屬性：</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>擬合</translation>
    </message>
    <message>
        <source>The drivers are fitted when a project is open.</source>
        <translation>開啟專案後即擬合驅動因素。</translation>
    </message>
    <message>
        <source>Drivers of value</source>
        <translation>價值驅動因素</translation>
    </message>
    <message>
        <source>Principal components</source>
        <translation>主成分</translation>
    </message>
    <message>
        <source>Choose at least one attribute.</source>
        <translation>請至少選擇一個屬性。</translation>
    </message>
    <message>
        <source>Fitting…</source>
        <translation>正在擬合…</translation>
    </message>
    <message>
        <source>Fitting the drivers</source>
        <translation>正在擬合驅動因素</translation>
    </message>
    <message>
        <source>&lt;b&gt;R² = %1&lt;/b&gt; (adjusted %2): the attributes explain %3 % of the differences in value between customers. F = %4, p %5.</source>
        <translation>&lt;b&gt;R² = %1&lt;/b&gt;（調整後 %2）：這些屬性解釋了客戶之間價值差異的 %3 %。F = %4，p %5。</translation>
    </message>
    <message>
        <source>&lt;b&gt;McFadden pseudo-R² = %1&lt;/b&gt;; AIC %2; iterations: %3.</source>
        <translation>&lt;b&gt;McFadden 偽 R² = %1&lt;/b&gt;；AIC %2；迭代 %3 次。</translation>
    </message>
    <message>
        <source>%L1 customers used, %L2 left out for a missing value. Bars are faded where p &gt; 0.05 (the effect may be chance).</source>
        <translation>使用了 %L1 位客戶，%L2 位因缺失值被排除。p &gt; 0.05 的條形顏色較淺（該效應可能出於偶然）。</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>項</translation>
    </message>
    <message>
        <source>Standardised effect</source>
        <translation>標準化效應</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估計值</translation>
    </message>
    <message>
        <source>Std. error</source>
        <translation>標準誤</translation>
    </message>
    <message>
        <source>VIF</source>
        <translation>方差膨脹因子</translation>
    </message>
    <message>
        <source>Principal components: variance explained</source>
        <translation>主成分：解釋的方差</translation>
    </message>
    <message>
        <source>Variance explained</source>
        <translation>解釋的方差</translation>
    </message>
    <message>
        <source>PC%1: %2 % of the variance, %3 % with the ones before&lt;br&gt;mostly %4</source>
        <translation>主成分 %1：解釋 %2 % 的方差，連同之前的主成分共 %3 %&lt;br&gt;主要由 %4 構成</translation>
    </message>
</context>
<context>
    <name>Segmenta::Export</name>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>無法寫入“%1”：%2。</translation>
    </message>
    <message>
        <source>The suppression list “%1” cannot be read: %2</source>
        <translation>無法讀取排除名單“%1”：%2</translation>
    </message>
    <message>
        <source>The target list has no column “%1”: name a customer column, a computed measure or one of segment, offer, message, owner, channel, id, expected_value.</source>
        <translation>目標客戶名單沒有“%1”這一列：請填寫客戶列、計算指標，或 segment、offer、message、owner、channel、id、expected_value 之一。</translation>
    </message>
    <message>
        <source>The target list has no columns.</source>
        <translation>目標客戶名單沒有任何列。</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>無法建立資料夾“%1”。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was changed.</source>
        <translation>匯出已取消，沒有檔案被更改。</translation>
    </message>
    <message>
        <source>The segment assignment does not match the customers (%1 assigned, %2 customers); assign the segments again.</source>
        <translation>細分分配與客戶不一致（已分配 %1 個，客戶 %2 個）；請重新分配細分。</translation>
    </message>
    <message>
        <source>The project has no segments to export.</source>
        <translation>該專案沒有可匯出的細分。</translation>
    </message>
    <message>
        <source>There is no segment “%1”.</source>
        <translation>沒有名為“%1”的細分。</translation>
    </message>
    <message>
        <source>The segment “%1” has %2 customers, more than a worksheet holds; export it as CSV.</source>
        <translation>細分“%1”有 %2 位客戶，超過一個工作表的容量；請匯出為 CSV。</translation>
    </message>
    <message>
        <source>Customer “%1” would be on two target lists (“%2” and “%3”); nothing was exported.</source>
        <translation>客戶“%1”會同時出現在兩份目標客戶名單中（“%2”和“%3”）；未匯出任何內容。</translation>
    </message>
</context>
<context>
    <name>Segmenta::ExportPage</name>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>One target list per segment for sales: best prospects first, each customer on one list only, with the segment's offer and message.</source>
        <translation>為銷售人員按細分生成目標客戶名單：最有希望的客戶排在前面，每位客戶只出現在一份名單上，並附上該細分的推薦產品和話術。</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>細分：</translation>
    </message>
    <message>
        <source>Columns (drag to reorder):</source>
        <translation>列（拖動可調整順序）：</translation>
    </message>
    <message>
        <source>Excel workbook (one sheet per segment)</source>
        <translation>Excel 工作簿（每個細分一個工作表）</translation>
    </message>
    <message>
        <source>CSV (one file per segment)</source>
        <translation>CSV（每個細分一個檔案）</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>UTF-8 (Excel 2016 and later, every other program)</source>
        <translation>UTF-8（Excel 2016 及以後版本和其他所有程式）</translation>
    </message>
    <message>
        <source>GB18030 (older Chinese Excel)</source>
        <translation>GB18030（舊版中文 Excel）</translation>
    </message>
    <message>
        <source>CSV encoding:</source>
        <translation>CSV 編碼：</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>匯出到</translation>
    </message>
    <message>
        <source>Optional: ids, phone numbers or e-mails not to contact</source>
        <translation>可選：不應聯絡的客戶編號、電話號碼或電子郵箱</translation>
    </message>
    <message>
        <source>&amp;Do not contact:</source>
        <translation>請勿聯絡(&amp;D)：</translation>
    </message>
    <message>
        <source>Suppression List</source>
        <translation>免打擾名單</translation>
    </message>
    <message>
        <source>Lists (*.txt *.csv);;All files (*)</source>
        <translation>名單 (*.txt *.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <source>%1 (%2 customers)</source>
        <translation>%1（%2 位客戶）</translation>
    </message>
    <message>
        <source>Choose at least one segment.</source>
        <translation>請至少選擇一個細分。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <source>Exporting target lists</source>
        <translation>正在匯出目標客戶名單</translation>
    </message>
    <message>
        <source>The export did not run.</source>
        <translation>匯出未能執行。</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>已取消匯出；未寫入任何檔案。</translation>
    </message>
    <message>
        <source>%1 left out by the suppression list.</source>
        <translation>免打擾名單排除了 %1 位客戶。</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers on %n lists in %2.</source>
        <translation>
            <numerusform>%1 位客戶，共 %n 份名單，位於 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Column codes (for scripts)</source>
        <translation>列程式碼（供指令碼使用）</translation>
    </message>
    <message>
        <source>%1 (rule error: %2)</source>
        <translation>%1（規則錯誤：%2）</translation>
    </message>
    <message>
        <source>List lan&amp;guage:</source>
        <translation>名單語言(&amp;G)：</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>資料夾(&amp;O)：</translation>
    </message>
    <message>
        <source>E&amp;xport Target Lists</source>
        <translation>匯出目標客戶名單(&amp;X)</translation>
    </message>
</context>
<context>
    <name>Segmenta::FieldNames</name>
    <message>
        <source>Recency</source>
        <translation>最近消費</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>消費頻率</translation>
    </message>
    <message>
        <source>Monetary value</source>
        <translation>消費金額</translation>
    </message>
    <message>
        <source>Recency score (R)</source>
        <translation>最近消費得分（R）</translation>
    </message>
    <message>
        <source>Frequency score (F)</source>
        <translation>消費頻率得分（F）</translation>
    </message>
    <message>
        <source>Monetary score (M)</source>
        <translation>消費金額得分（M）</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 細分</translation>
    </message>
    <message>
        <source>Value tier</source>
        <translation>價值層級</translation>
    </message>
    <message>
        <source>Value group</source>
        <translation>價值組</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命週期階段</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>客戶終身價值</translation>
    </message>
    <message>
        <source>Probability alive</source>
        <translation>存活機率</translation>
    </message>
    <message>
        <source>Purchase probability</source>
        <translation>購買可能性</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利潤</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>成長性</translation>
    </message>
    <message>
        <source>Spending trend</source>
        <translation>消費趨勢</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>聚類</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>細分</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>推薦產品</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>話術</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>預期價值</translation>
    </message>
</context>
<context>
    <name>Segmenta::Files</name>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>無法寫入“%1”：%2。</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>無法寫入“%1”。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: No space left on device. Free some space and try again.</source>
        <translation>無法寫入“%1”：裝置上沒有剩餘空間。請釋放一些空間後重試。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: your disk quota is used up.</source>
        <translation>無法寫入“%1”：您的磁碟配額已用完。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: permission denied.</source>
        <translation>無法寫入“%1”：許可權不足。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: the disk is read-only.</source>
        <translation>無法寫入“%1”：磁碟為只讀。</translation>
    </message>
    <message>
        <source>“%1” cannot be written: the file would be larger than this disk allows.</source>
        <translation>無法寫入“%1”：檔案將超過此磁碟允許的大小。</translation>
    </message>
</context>
<context>
    <name>Segmenta::Health</name>
    <message>
        <source>The project has no segments yet: define segments, each with an objective, before planning campaigns.</source>
        <translation>專案還沒有細分：在策劃營銷活動之前，請先定義細分，併為每個細分寫明目標。</translation>
    </message>
    <message>
        <source>Customers are not each in exactly one segment: %1 customers, but %2 assigned plus %3 unassigned, %4 invalid segment numbers and %5 segment counts that do not match. A customer could appear on two target lists.</source>
        <translation>並非每位客戶都恰好屬於一個細分：共 %1 位客戶，但已分配 %2 位、未分配 %3 位，另有 %4 個無效的細分編號和 %5 個不一致的細分人數。同一位客戶可能出現在兩份目標客戶名單上。</translation>
    </message>
    <message>
        <source>The segmentation has never been used: no target list was exported from its %1 segments.</source>
        <translation>這套客戶細分從未被使用：它的 %1 個細分都還沒有匯出過目標客戶名單。</translation>
    </message>
    <message>
        <source>The segments were last refreshed on %1, %2 days before %3 (more than %4 days): customers have moved since.</source>
        <translation>細分最近一次更新是在 %1，距 %3 已有 %2 天（超過 %4 天）：客戶此後已經發生了變化。</translation>
    </message>
    <message>
        <source>The data is stale: the last order is from %1, %2 days before %3 (more than %4 days). Import recent orders before acting on these segments.</source>
        <translation>資料已過時：最近一筆訂單是 %1，距 %3 已有 %2 天（超過 %4 天）。請先匯入最新訂單，再根據這些細分採取行動。</translation>
    </message>
    <message>
        <source>%1 % of the customers (%2 of %3) are in no segment (more than %4 %): give them a segment of their own or widen the rules.</source>
        <translation>%1 % 的客戶（%3 位中的 %2 位）不屬於任何細分（超過 %4 %）：請為他們單獨設立一個細分，或放寬規則。</translation>
    </message>
    <message>
        <source>%1 of the %2 platinum and gold customers (%3 %) are declining, but no segment rule uses a growth measure (growth, trend, lifecycle, value_group, p_alive, purchase_probability, clv).</source>
        <translation>%2 位白金和黃金客戶中有 %1 位（%3 %）正在衰退，但沒有任何細分規則使用成長性指標（growth、trend、lifecycle、value_group、p_alive、purchase_probability、clv）。</translation>
    </message>
    <message>
        <source>Frequent low-asset customers bring %1 % of the profit (%2 customers), but %3 % of them sit in the iron or lead tier.</source>
        <translation>高頻低資產客戶帶來了 %1 % 的利潤（%2 位客戶），但其中 %3 % 處於鐵或鉛價值層級。</translation>
    </message>
    <message>
        <source>Segment “%1” has no objective: write down what it is for and what sales should achieve with it.</source>
        <translation>細分“%1”沒有目標：請寫明它的用途，以及銷售要透過它達成什麼。</translation>
    </message>
    <message>
        <source>Segment “%1” has no customers: its rule matches nobody.</source>
        <translation>細分“%1”沒有客戶：它的規則沒有匹配到任何人。</translation>
    </message>
    <message>
        <source>Segment “%1” has no customers: the %2 customers its rule matches are all taken by segments above it.</source>
        <translation>細分“%1”沒有客戶：它的規則匹配到的 %2 位客戶都已被排在它前面的細分佔用。</translation>
    </message>
    <message>
        <source>Segment “%1” is defined only by the product bought (%2): it labels products, not customers.</source>
        <translation>細分“%1”只按購買的產品型別劃分（%2）：它識別的是產品，而不是客戶。</translation>
    </message>
    <message>
        <source>Segment “%1” is defined only by assets (%2): assets show the ability to pay, not the wish to buy.</source>
        <translation>細分“%1”只按資產劃分（%2）：資產反映的是支付能力，而不是購買意願。</translation>
    </message>
    <message>
        <source>Segment “%1” is defined only by signup date (%2): when customers arrived says little about what they need.</source>
        <translation>細分“%1”只按註冊時間劃分（%2）：客戶何時到來，很難說明他們需要什麼。</translation>
    </message>
    <message>
        <source>Segment “%1” plans for a %2 % response, but its customers' mean purchase probability is %3 % and %4 % of them bought in the last %5 days.</source>
        <translation>細分“%1”預計的響應率為 %2 %，但其客戶的平均購買可能性為 %3 %，最近 %5 天內購買過的客戶佔 %4 %。</translation>
    </message>
    <message>
        <source>Segment “%1” plans for a %2 % response, but only %3 % of its customers bought in the last %4 days.</source>
        <translation>細分“%1”預計的響應率為 %2 %，但最近 %4 天內只有 %3 % 的客戶購買過。</translation>
    </message>
</context>
<context>
    <name>Segmenta::HealthPage</name>
    <message>
        <source>Segment</source>
        <translation>細分</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>發現的問題</translation>
    </message>
    <message>
        <source>The checks run once the analysis and the segments are ready.</source>
        <translation>分析和細分就緒後即執行檢查。</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>所有細分</translation>
    </message>
    <message>
        <source>No segmentation mistakes found.</source>
        <translation>未發現細分誤區。</translation>
    </message>
    <message>
        <source>Checking the segments…</source>
        <translation>正在檢查細分…</translation>
    </message>
    <message numerus="yes">
        <source>%n findings to look at before the lists go to sales.</source>
        <translation>
            <numerusform>名單交給銷售人員之前，有 %n 個問題需要檢視。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segments with a rule error are left out.</source>
        <translation>
            <numerusform>%n 個規則有錯誤的細分未計入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Segmenta::HeatmapWidget</name>
    <message>
        <source>Working…</source>
        <translation>正在處理…</translation>
    </message>
</context>
<context>
    <name>Segmenta::Import</name>
    <message>
        <source>Nothing to import: give a customers file, a transactions file, or both.</source>
        <translation>沒有可匯入的內容：請提供客戶名單檔案、交易檔案，或兩者都提供。</translation>
    </message>
    <message>
        <source>“%1” could not be decompressed.</source>
        <translation>無法解壓“%1”。</translation>
    </message>
    <message>
        <source>“%1” is a damaged compressed file.</source>
        <translation>“%1”是損壞的壓縮檔案。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8. Choose its encoding (for example GB18030 or Big5).</source>
        <translation>該檔案不是有效的 UTF-8 編碼。請選擇其編碼（例如 GB18030 或 Big5）。</translation>
    </message>
    <message>
        <source>The encoding “%1” is not supported.</source>
        <translation>不支援編碼“%1”。</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>檔案“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>“%1”是資料夾，不是檔案。</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2.</source>
        <translation>無法讀取檔案“%1”：%2。</translation>
    </message>
    <message>
        <source>“%1” is an old Excel (.xls) workbook. Save it as .xlsx or CSV and import that.</source>
        <translation>“%1”是舊版 Excel（.xls）工作簿。請另存為 .xlsx 或 CSV 後再匯入。</translation>
    </message>
    <message>
        <source>The file “%1” is empty.</source>
        <translation>檔案“%1”是空的。</translation>
    </message>
    <message>
        <source>The file “%1” has no data.</source>
        <translation>檔案“%1”中沒有資料。</translation>
    </message>
    <message>
        <source>“%1” is not a column role of this kind of file.</source>
        <translation>“%1”不是此類檔案的列角色。</translation>
    </message>
    <message>
        <source>There is no column “%1” in “%2”. Its columns are: %3.</source>
        <translation>“%2”中沒有列“%1”。現有的列為：%3。</translation>
    </message>
    <message>
        <source>No column of “%1” was recognised as “%2”. Its columns are: %3. Name the column with --map %2=COLUMN.</source>
        <translation>“%1”中沒有識別出“%2”列。現有的列為：%3。請用 --map %2=列名 指定該列。</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>匯入已取消。</translation>
    </message>
    <message>
        <source>The dates in column “%1” read both day-first and month-first (for example “%2”). Choose the order: --date-order dmy or --date-order mdy.</source>
        <translation>列“%1”中的日期既可按日在前也可按月在前理解（例如“%2”）。請選擇順序：--date-order dmy 或 --date-order mdy。</translation>
    </message>
    <message>
        <source>“%1” is not a date when read as %2.</source>
        <translation>按 %2 順序讀取時，“%1”不是有效日期。</translation>
    </message>
    <message>
        <source>No line of “%1” could be loaded.</source>
        <translation>“%1”中沒有任何一行能夠匯入。</translation>
    </message>
    <message>
        <source>Expected %1 fields but found %2.</source>
        <translation>應有 %1 個欄位，實際為 %2 個。</translation>
    </message>
    <message>
        <source>The customer id is missing.</source>
        <translation>缺少客戶編號。</translation>
    </message>
    <message>
        <source>The customer id “%1” already appeared on line %2.</source>
        <translation>客戶編號“%1”已在第 %2 行出現過。</translation>
    </message>
    <message>
        <source>The amount is missing.</source>
        <translation>缺少金額。</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是數字。</translation>
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
        <translation>“%1”已損壞，無法完整讀取。請在 Excel 中開啟並重新儲存。</translation>
    </message>
    <message>
        <source>The workbook “%1” could not be read: %2 (%3, line %4).</source>
        <translation>無法讀取工作簿“%1”：%2（%3，第 %4 行）。</translation>
    </message>
    <message>
        <source>“%1” is an Excel binary workbook (.xlsb). Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>“%1”是 Excel 二進位制工作簿（.xlsb）。請在 Excel 中開啟，另存為 Excel 工作簿（.xlsx）或 CSV。</translation>
    </message>
    <message>
        <source>“%1” is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel and save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>“%1”是 OpenDocument 電子表格（.ods）。請在 LibreOffice 或 Excel 中開啟，另存為 Excel 工作簿（.xlsx）或 CSV。</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2.</source>
        <translation>無法開啟“%1”：%2。</translation>
    </message>
    <message>
        <source>“%1” is protected with a password. Open it in Excel, save a copy without the password as an Excel workbook (.xlsx) or as CSV, and import that copy.</source>
        <translation>“%1”受密碼保護。請在 Excel 中開啟，將不帶密碼的副本另存為 Excel 工作簿（.xlsx）或 CSV，再匯入該副本。</translation>
    </message>
    <message>
        <source>“%1” is an Excel 97–2003 workbook (.xls), which cannot be read. Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV.</source>
        <translation>“%1”是 Excel 97–2003 工作簿（.xls），無法讀取。請在 Excel 中開啟，另存為 Excel 工作簿（.xlsx）或 CSV。</translation>
    </message>
    <message>
        <source>“%1” contains no worksheets.</source>
        <translation>“%1”中沒有工作表。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”. Its sheets are: %2.</source>
        <translation>工作簿中沒有名為“%1”的工作表。現有工作表：%2。</translation>
    </message>
    <message>
        <source>“%1” is incomplete: the text of its cells (%2) is missing. Open it in Excel and save it again.</source>
        <translation>“%1”不完整：缺少單元格文字（%2）。請在 Excel 中開啟並重新儲存。</translation>
    </message>
    <message>
        <source>The sheet “%1” of “%2” is damaged: its XML breaks off or is malformed at line %3 (%4). Open it in Excel and save it again.</source>
        <translation>“%2”中的工作表“%1”已損壞：其 XML 在第 %3 行中斷或格式錯誤（%4）。請在 Excel 中開啟並重新儲存。</translation>
    </message>
    <message>
        <source>“%1” is an empty ZIP archive, not an Excel workbook: it holds no files at all.</source>
        <translation>“%1”是空的 ZIP 壓縮包，不是 Excel 工作簿：其中沒有任何檔案。</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (it is a pipe, a device or a socket). Save the data to a file and import that.</source>
        <translation>“%1”不是普通檔案（而是管道、裝置或套接字）。請把資料儲存為檔案，再匯入該檔案。</translation>
    </message>
    <message>
        <source>Line %2 of “%1” has a field longer than %3 MB, the most one field may hold. Is this the right file, with the right delimiter?</source>
        <translation>“%1”第 %2 行有一個欄位超過 %3 MB，這是單個欄位的上限。請確認檔案和分隔符是否正確。</translation>
    </message>
    <message>
        <source>Line %2 of “%1” is longer than %3 MB, the most one line may hold. Is this the right file, with the right delimiter and quotes?</source>
        <translation>“%1”第 %2 行超過 %3 MB，這是單行的上限。請確認檔案、分隔符和引號是否正確。</translation>
    </message>
    <message>
        <source>Line %2 of “%1” has more than %3 columns, the most Segmenta reads. Keep the columns you need and import that.</source>
        <translation>“%1”第 %2 行超過 %3 列，這是 Segmenta 能讀取的上限。請只保留需要的列，再匯入。</translation>
    </message>
    <message>
        <source>“%1” expands to more than %2 times its compressed size, which real data does not. It is not read.</source>
        <translation>“%1”解壓後超過壓縮大小的 %2 倍，真實資料不會如此。不讀取該檔案。</translation>
    </message>
    <message>
        <source>A cell of “%1” holds more than %2 MB of text, the most one field may hold. It is not read.</source>
        <translation>“%1”中有一個單元格的文字超過 %2 MB，這是單個欄位的上限。不讀取該檔案。</translation>
    </message>
    <message>
        <source>There is no column “%1” in “%2”. Its columns are: %3 and %4 more.</source>
        <translation>“%2”中沒有列“%1”。現有的列為：%3，以及另外 %4 列。</translation>
    </message>
    <message>
        <source>No column of “%1” was recognised as “%2”. Its columns are: %3 and %4 more. Name the column with --map %2=COLUMN.</source>
        <translation>“%1”中沒有識別出“%2”列。現有的列為：%3，以及另外 %4 列。請用 --map %2=列名 指定該列。</translation>
    </message>
    <message>
        <source>“%1” is outside the dates accepted (%2 to %3): a placeholder or a typing error.</source>
        <translation>“%1”超出可接受的日期範圍（%2 至 %3）：可能是佔位值或輸入錯誤。</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 (the file is read as UTF-8).</source>
        <translation>第 %1 行不是有效的 UTF-8（該檔案按 UTF-8 讀取）。</translation>
    </message>
    <message>
        <source>The header (line %1) of “%2” is in another encoding than the lines below it, which are read as %3: its column names would be garbled. Save the file in one encoding and import it again.</source>
        <translation>“%2”的表頭（第 %1 行）與其下各行的編碼不同（各行按 %3 讀取）：列名會變成亂碼。請將檔案儲存為同一種編碼後重新匯入。</translation>
    </message>
</context>
<context>
    <name>Segmenta::ImportSourceEditor</name>
    <message>
        <source>Detect</source>
        <translation>自動識別</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>逗號</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>分號</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>製表符</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>豎線</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Encoding %1, delimiter %2. Check the role of each column: the first rows are shown below.</source>
        <translation>編碼 %1，分隔符 %2。請檢查每一列的角色：下面顯示前幾行。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>First &amp;row holds the column names</source>
        <translation>首行為列名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>編碼(&amp;E)：</translation>
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
        <translation>匯入摘要</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3): %L4 lines read, %L5 loaded, %L6 rejected, %L7 blank.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2，%3）：讀取 %L4 行，匯入 %L5 行，拒絕 %L6 行，空行 %L7 行。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行號</translation>
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
        <translation>內容</translation>
    </message>
    <message>
        <source>The first %L1 of %L2 rejected lines are shown; save them to see all.</source>
        <translation>僅顯示 %L2 個被拒絕行中的前 %L1 個；儲存後可檢視全部。</translation>
    </message>
    <message>
        <source>&amp;Save Rejected Lines…</source>
        <translation>儲存被拒絕的行(&amp;S)…</translation>
    </message>
    <message>
        <source>Save Rejected Lines</source>
        <translation>儲存被拒絕的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Segmenta::ImportWizard</name>
    <message>
        <source>Import Files</source>
        <translation>匯入檔案</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>客戶名單</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Check how the file is read and what each column means.</source>
        <translation>檢查檔案的讀取方式以及每一列的含義。</translation>
    </message>
    <message>
        <source>Day or month first?</source>
        <translation>日在前還是月在前？</translation>
    </message>
    <message>
        <source>Some dates read both ways (05/03/2024 is 5 March or 3 May). Segmenta does not guess: say how your system writes dates.</source>
        <translation>有些日期兩種理解都成立（05/03/2024 可能是 3 月 5 日，也可能是 5 月 3 日）。Segmenta 不會猜測：請說明您的系統如何書寫日期。</translation>
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
        <translation>匯入哪些檔案？</translation>
    </message>
    <message>
        <source>A customer list, an order history, or both. CSV, TXT, Excel (.xlsx) and .gz files; GBK, Big5, UTF-8 and UTF-16 are recognised.</source>
        <translation>客戶名單、訂單記錄，或兩者。支援 CSV、TXT、Excel（.xlsx）和 .gz 檔案；可識別 GBK、Big5、UTF-8 和 UTF-16 編碼。</translation>
    </message>
    <message>
        <source>Data files (%1)</source>
        <translation>資料檔案 (%1)</translation>
    </message>
    <message>
        <source>&amp;Customer list:</source>
        <translation>客戶名單(&amp;C)：</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>客戶名單</translation>
    </message>
    <message>
        <source>&amp;Orders:</source>
        <translation>訂單(&amp;O)：</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Save the &amp;project as:</source>
        <translation>專案另存為(&amp;P)：</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>儲存專案</translation>
    </message>
    <message>
        <source>Segmenta projects (*.segmenta)</source>
        <translation>Segmenta 專案 (*.segmenta)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
</context>
<context>
    <name>Segmenta::LifetimePanel</name>
    <message>
        <source>Probability alive matrix</source>
        <translation>存活機率矩陣</translation>
    </message>
    <message>
        <source>Expected purchases matrix</source>
        <translation>預期購買次數矩陣</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lifetime value could not be computed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;無法計算客戶終身價值。&lt;/b&gt;%1</translation>
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
        <translation>個月</translation>
    </message>
    <message>
        <source>the fit converged on %L1 customers, %L2 of whom bought again.</source>
        <translation>擬合已收斂，共 %L1 位客戶，其中 %L2 位有重複購買。</translation>
    </message>
    <message>
        <source>&lt;b&gt;the fit did not converge&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;擬合未收斂&lt;/b&gt;：%1</translation>
    </message>
    <message>
        <source>the fit converged on %L1 repeat buyers.</source>
        <translation>擬合已收斂，共 %L1 位重複購買客戶。</translation>
    </message>
    <message>
        <source>Forecasts cover the next %1 %2. P(alive) is the probability that a customer still buys from you; customers top right in the matrices bought often and recently.</source>
        <translation>預測覆蓋未來 %1 %2。存活機率是客戶仍在向您購買的可能性；矩陣右上方的客戶購買頻繁且最近剛購買過。</translation>
    </message>
    <message>
        <source>Mean P(alive)</source>
        <translation>平均存活機率</translation>
    </message>
    <message>
        <source>Expected purchases in the next %1 %2</source>
        <translation>未來 %1 %2內的預期購買次數</translation>
    </message>
    <message>
        <source>Mean expected purchases</source>
        <translation>平均預期購買次數</translation>
    </message>
    <message>
        <source>Frequency %1, recency %2</source>
        <translation>消費頻率 %1，最近消費 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Purchase model (BG/NBD)&lt;/b&gt;, time in %1: r = %2 and α = %3 say how often active customers buy (on average %4 purchases per %5); a = %6 and b = %7 how soon they stop (after each purchase %8 of customers stop buying); </source>
        <translation>&lt;b&gt;購買模型（BG/NBD）&lt;/b&gt;，時間單位：%1。r = %2 和 α = %3 表示活躍客戶購買的頻繁程度（平均每%5購買 %4 次）；a = %6 和 b = %7 表示客戶多快停止購買（每次購買後有 %8 的客戶不再購買）；</translation>
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
        <translation>&lt;b&gt;消費金額模型（Gamma-Gamma）&lt;/b&gt;：p = %1 表示同一位客戶的各筆訂單圍繞其自身平均值的波動程度，q = %2 和 γ = %3 表示不同客戶的平均訂單金額相差多少（平均每筆訂單約 %4）；</translation>
    </message>
    <message>
        <source>Repeat purchases (x)</source>
        <translation>重複購買次數（x）</translation>
    </message>
    <message>
        <source>Time between first and last purchase, in %1 (t_x)</source>
        <translation>首次與末次購買的間隔（%1，t_x）</translation>
    </message>
    <message>
        <source>%1 repeat purchases, %2 %3 between first and last purchase: no customers</source>
        <translation>重複購買 %1 次，首次與末次購買間隔 %2 %3：沒有客戶</translation>
    </message>
    <message>
        <source>%1 repeat purchases, %2 %3 between first and last purchase: %L4 customers
Mean probability alive: %5
Mean expected purchases in the next %6 %3: %7
Click to see them.</source>
        <translation>重複購買 %1 次，首次與末次購買間隔 %2 %3：%L4 位客戶
平均存活機率：%5
未來 %6 %3 的平均預期購買次數：%7
點選檢視這些客戶。</translation>
    </message>
    <message>
        <source>Probability alive by repeat purchases and time between first and last purchase</source>
        <translation>按重複購買次數和首次與末次購買間隔劃分的存活機率</translation>
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
        <translation>開始</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>資料</translation>
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
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>匯入檔案(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>開啟專案(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>開啟演示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>關閉專案(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Segmenta</source>
        <translation>關於 Segmenta(&amp;A)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>開啟專案</translation>
    </message>
    <message>
        <source>Segmenta projects (*.segmenta)</source>
        <translation>Segmenta 專案 (*.segmenta)</translation>
    </message>
    <message>
        <source>%1 – Segmenta</source>
        <translation>%1 – Segmenta</translation>
    </message>
    <message>
        <source>%1: %L2 customers, %L3 transactions</source>
        <translation>%1：%L2 位客戶，%L3 筆交易</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概覽</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>細分</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康檢查</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤銷(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Workshop Report…</source>
        <translation>研討會報告(&amp;W)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Workshop Report</source>
        <translation>研討會報告</translation>
    </message>
    <message>
        <source>Open a project and let the analysis finish first.</source>
        <translation>請先開啟專案，並等待分析完成。</translation>
    </message>
    <message>
        <source> workshop report</source>
        <translation> 研討會報告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>報告已儲存：%1</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>Value &amp; CLV</source>
        <translation>價值與客戶終身價值</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>驅動因素</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>聚類</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>已取消報告。</translation>
    </message>
    <message>
        <source>Project C&amp;urrency…</source>
        <translation>專案貨幣(&amp;U)…</translation>
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
        <translation>未分級</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>New since</source>
        <translation>此後新增</translation>
    </message>
    <message>
        <source>Gone since</source>
        <translation>此後流失</translation>
    </message>
    <message>
        <source>%1 → %2: %L3 customers, %4 % of the row</source>
        <translation>%1 → %2：%L3 位客戶，佔該行的 %4 %</translation>
    </message>
</context>
<context>
    <name>Segmenta::OverviewPage</name>
    <message>
        <source>The analysis runs when a project is open.</source>
        <translation>開啟專案後即開始分析。</translation>
    </message>
    <message>
        <source>&lt;p style='font-size:large'&gt;&lt;b&gt;%L1&lt;/b&gt; customers &amp;nbsp; &lt;b&gt;%L2&lt;/b&gt; transactions &amp;nbsp; revenue &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; Gini &lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The top 20 % of customers bring &lt;b&gt;%5 %&lt;/b&gt; of the value; &lt;b&gt;%L6&lt;/b&gt; customers (%7 %) make up 80 % of it.&lt;/p&gt;</source>
        <translation>&lt;p style='font-size:large'&gt;客戶 &lt;b&gt;%L1&lt;/b&gt; 位 &amp;nbsp; 交易 &lt;b&gt;%L2&lt;/b&gt; 筆 &amp;nbsp; 收入 &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; 基尼係數 &lt;b&gt;%4&lt;/b&gt;&lt;/p&gt;&lt;p&gt;前 20% 的客戶帶來 &lt;b&gt;%5%&lt;/b&gt; 的價值；&lt;b&gt;%L6&lt;/b&gt; 位客戶（%7%）貢獻了 80% 的價值。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>80-20 curve</source>
        <translation>二八曲線</translation>
    </message>
    <message>
        <source>Customer pyramid</source>
        <translation>客戶金字塔</translation>
    </message>
    <message>
        <source>&lt;p&gt;Exact over all &lt;b&gt;%L1&lt;/b&gt; customers on the server: &lt;b&gt;%L2&lt;/b&gt; orders, revenue &lt;b&gt;%3&lt;/b&gt;, Gini &lt;b&gt;%4&lt;/b&gt;; the top 20 % bring &lt;b&gt;%5 %&lt;/b&gt; of the value; &lt;b&gt;%L6&lt;/b&gt; customers make up 80 % of it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;伺服器上全部 &lt;b&gt;%L1&lt;/b&gt; 位客戶的精確數字：訂單 &lt;b&gt;%L2&lt;/b&gt; 筆，收入 &lt;b&gt;%3&lt;/b&gt;，基尼係數 &lt;b&gt;%4&lt;/b&gt;；前 20% 的客戶帶來 &lt;b&gt;%5%&lt;/b&gt; 的價值；&lt;b&gt;%L6&lt;/b&gt; 位客戶貢獻了 80% 的價值。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Segmenta::ParetoChart</name>
    <message>
        <source>Who brings the value (80/20)</source>
        <translation>誰帶來價值（二八法則）</translation>
    </message>
    <message>
        <source>Share of value</source>
        <translation>價值佔比</translation>
    </message>
    <message>
        <source>Everyone equal</source>
        <translation>完全平均</translation>
    </message>
    <message>
        <source>80 % of value: the top %1 % of customers</source>
        <translation>80% 的價值：來自前 %1% 的客戶</translation>
    </message>
    <message>
        <source>Customers, highest value first</source>
        <translation>客戶（按價值從高到低）</translation>
    </message>
    <message>
        <source>The top %1 % of customers bring %2 % of the value</source>
        <translation>前 %1 % 的客戶貢獻了 %2 % 的價值</translation>
    </message>
</context>
<context>
    <name>Segmenta::Project</name>
    <message>
        <source>Saving was cancelled.</source>
        <translation>已取消儲存。</translation>
    </message>
    <message>
        <source>The project file is damaged (column data of “%1”).</source>
        <translation>專案檔案已損壞（“%1”的列資料）。</translation>
    </message>
    <message>
        <source>The project file is damaged (column “%1” has %2 rows, expected %3).</source>
        <translation>專案檔案已損壞（列“%1”有 %2 行，應為 %3 行）。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>資料夾“%1”不存在。</translation>
    </message>
    <message>
        <source>The project could not be saved as “%1”.</source>
        <translation>無法將專案儲存為“%1”。</translation>
    </message>
    <message>
        <source>The project “%1” does not exist.</source>
        <translation>專案“%1”不存在。</translation>
    </message>
    <message>
        <source>The project file is damaged (no customer ids).</source>
        <translation>專案檔案已損壞（沒有客戶編號）。</translation>
    </message>
    <message>
        <source>The project file is damaged (unknown customer).</source>
        <translation>專案檔案已損壞（未知客戶）。</translation>
    </message>
    <message>
        <source>“%1” is not a Segmenta project.</source>
        <translation>“%1”不是 Segmenta 專案。</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Segmenta (file format %2; this version reads up to %3). Update Segmenta to open it.</source>
        <translation>“%1”由較新版本的 Segmenta 儲存（檔案格式 %2；本版本最高支援 %3）。請更新 Segmenta 後再開啟。</translation>
    </message>
    <message>
        <source>The project file could not be written: %1.</source>
        <translation>無法寫入專案檔案：%1。</translation>
    </message>
    <message>
        <source>The project “%1” cannot be opened: %2.</source>
        <translation>無法開啟專案“%1”：%2。</translation>
    </message>
    <message>
        <source>The project “%1” could not be updated: %2.</source>
        <translation>無法更新專案“%1”：%2。</translation>
    </message>
    <message>
        <source>The project “%1” could not be read: %2.</source>
        <translation>無法讀取專案“%1”：%2。</translation>
    </message>
    <message>
        <source>Snapshot “%1” lists the customer “%2” twice.</source>
        <translation>快照“%1”中客戶“%2”出現了兩次。</translation>
    </message>
    <message>
        <source>A snapshot needs customer ids, and this project has none.</source>
        <translation>快照需要客戶編號，而這個專案沒有客戶編號。</translation>
    </message>
    <message>
        <source>The segments or tiers do not match the %1 customers of the project: run the analysis again before taking a snapshot.</source>
        <translation>細分或價值層級與專案的 %1 位客戶不一致：請重新執行分析後再儲存快照。</translation>
    </message>
    <message>
        <source>The customer ids are too long to keep in a snapshot.</source>
        <translation>客戶編號太長，無法儲存在快照中。</translation>
    </message>
    <message>
        <source>The project file is damaged (snapshot %1).</source>
        <translation>專案檔案已損壞（快照 %1）。</translation>
    </message>
    <message>
        <source>There is no snapshot with the number %1.</source>
        <translation>沒有編號為 %1 的快照。</translation>
    </message>
    <message>
        <source>The project file is damaged: the stored column “%1” is inconsistent (%2).</source>
        <translation>專案檔案已損壞：儲存的列“%1”不一致（%2）。</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Segmenta (file format %2; this version writes %3); it is not replaced. Save under another name.</source>
        <translation>“%1”由更新版本的 Segmenta 儲存（檔案格式 %2；本版本寫入 %3），不會被替換。請另存為其他名稱。</translation>
    </message>
    <message>
        <source>“%1” is read-only; Segmenta does not change it. Make it writable or save under another name.</source>
        <translation>“%1”為只讀，Segmenta 不會更改它。請將其設為可寫，或另存為其他名稱。</translation>
    </message>
    <message>
        <source>%1 is being written by another Segmenta (pid %2).</source>
        <translation>%1 正由另一個 Segmenta（程序 %2）寫入。</translation>
    </message>
    <message>
        <source>%1 cannot be changed: its lock file “%2” cannot be created.</source>
        <translation>無法更改 %1：無法建立其鎖檔案“%2”。</translation>
    </message>
</context>
<context>
    <name>Segmenta::ProjectSession</name>
    <message>
        <source>Opening %1</source>
        <translation>正在開啟 %1</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>開啟專案</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在匯入</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
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
        <translation>儲存專案</translation>
    </message>
    <message>
        <source>Refresh from Database</source>
        <translation>從資料庫重新整理</translation>
    </message>
    <message>
        <source>Import from Database</source>
        <translation>從資料庫匯入</translation>
    </message>
    <message>
        <source>Refreshing from %1</source>
        <translation>正在從 %1 重新整理</translation>
    </message>
    <message>
        <source>Importing from %1</source>
        <translation>正在從 %1 匯入</translation>
    </message>
</context>
<context>
    <name>Segmenta::PyramidWidget</name>
    <message>
        <source>Customer pyramid</source>
        <translation>客戶金字塔</translation>
    </message>
    <message>
        <source>top %1 %</source>
        <translation>前 %1%</translation>
    </message>
    <message>
        <source>remaining %1 %</source>
        <translation>其餘 %1%</translation>
    </message>
    <message>
        <source>next %1 %</source>
        <translation>其後 %1%</translation>
    </message>
    <message>
        <source>%1 (%2): %L3 customers, %4 % of value</source>
        <translation>%1（%2）：%L3 位客戶，佔價值的 %4%</translation>
    </message>
    <message>
        <source>%1: %L2 customers, %3 % of value. Click to see them.</source>
        <translation>%1：%L2 位客戶，佔價值的 %3 %。點選檢視這些客戶。</translation>
    </message>
</context>
<context>
    <name>Segmenta::ReportPreparation</name>
    <message>
        <source>Workshop Report</source>
        <translation>研討會報告</translation>
    </message>
    <message>
        <source>Preparing the report: waiting for %1…</source>
        <translation>正在準備報告：等待%1…</translation>
    </message>
    <message>
        <source>the heatmaps</source>
        <translation>熱力圖</translation>
    </message>
    <message>
        <source>the backtest</source>
        <translation>回測</translation>
    </message>
    <message>
        <source>the drivers</source>
        <translation>驅動因素</translation>
    </message>
    <message>
        <source>the clusters</source>
        <translation>聚類</translation>
    </message>
    <message>
        <source>the health checks</source>
        <translation>健康檢查</translation>
    </message>
</context>
<context>
    <name>Segmenta::RfmPage</name>
    <message>
        <source>The analysis runs when a project is open.</source>
        <translation>開啟專案後即開始分析。</translation>
    </message>
    <message>
        <source>RFM heatmap</source>
        <translation>RFM 熱力圖</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM 細分</translation>
    </message>
    <message>
        <source>Every customer gets three scores from 1 to 5: recency (R, how recently they bought), frequency (F, how often) and monetary value (M, how much they spent). 5 is best: R = 5 are the most recent buyers. Click a cell or a bar to see its customers.</source>
        <translation>每位客戶有三個 1 到 5 的得分：最近消費（R，最近一次消費距今多近）、消費頻率（F，多常購買）和消費金額（M，花了多少錢）。5 分最好：R = 5 是最近剛購買過的客戶。點選單元格或條形即可檢視對應的客戶。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cut points&lt;/b&gt; (a value at or above a cut point moves to the next score): recency (days since the last purchase) %1; frequency %2; monetary %3. %L4 customers scored, %L5 without purchases not scored.</source>
        <translation>&lt;b&gt;分界點&lt;/b&gt;（取值達到或超過分界點即進入下一個得分）：最近消費（距最近一次購買的天數）%1；消費頻率 %2；消費金額 %3。已評分 %L4 位客戶，%L5 位沒有購買記錄的客戶未評分。</translation>
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
        <translation>最近消費 × 消費頻率，顏色表示平均消費金額</translation>
    </message>
    <message>
        <source>Recency score (R)</source>
        <translation>最近消費得分（R）</translation>
    </message>
    <message>
        <source>Frequency score (F)</source>
        <translation>消費頻率得分（F）</translation>
    </message>
    <message>
        <source>Mean monetary value</source>
        <translation>平均消費金額</translation>
    </message>
    <message>
        <source>R = %1, F = %2: no customers</source>
        <translation>R = %1，F = %2：沒有客戶</translation>
    </message>
    <message>
        <source>R = %1, F = %2: %L3 customers
Mean monetary value: %4
Mean recency: %5 days
Click to see them.</source>
        <translation>R = %1，F = %2：%L3 位客戶
平均消費金額：%4
平均最近消費：%5 天
點選檢視這些客戶。</translation>
    </message>
    <message>
        <source>%1: %L2 customers (%3 % of those scored). Click to see them.</source>
        <translation>%1：%L2 位客戶（佔已評分客戶的 %3 %）。點選檢視這些客戶。</translation>
    </message>
    <message>
        <source>No RFM segment</source>
        <translation>無 RFM 細分</translation>
    </message>
    <message>
        <source>%L1 scored customers whose R-F-M code no segment rule claims.</source>
        <translation>%L1 位已評分客戶的 R-F-M 程式碼不屬於任何細分規則。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
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
        <translation>屬性</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>訂單編號</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>訂單日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品類</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵箱</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>客戶型別</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齡</translation>
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
        <translation>資產</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>信用</translation>
    </message>
    <message>
        <source>Signup date</source>
        <translation>註冊日期</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>服務成本</translation>
    </message>
</context>
<context>
    <name>Segmenta::RowFilter</name>
    <message>
        <source>"%1" is not a number filter: type a number, or &gt; 100, &lt;= 5, 10..20, blank.</source>
        <translation>“%1”不是有效的數字篩選：請輸入一個數字，或 &gt; 100、&lt;= 5、10..20、blank（空）。</translation>
    </message>
    <message>
        <source>"%1" is not a date filter: type a date such as 2024-03-05, a month (2024-03), a year (2024), &gt; 2024-01-01, 2024-01-01..2024-06-30, or blank.</source>
        <translation>“%1”不是有效的日期篩選：請輸入日期如 2024-03-05、月份（2024-03）、年份（2024）、&gt; 2024-01-01、2024-01-01..2024-06-30，或 blank（空）。</translation>
    </message>
</context>
<context>
    <name>Segmenta::RuleEditor</name>
    <message>
        <source>and</source>
        <translation>並且</translation>
    </message>
    <message>
        <source>or</source>
        <translation>或者</translation>
    </message>
    <message>
        <source>How the new condition joins the rule</source>
        <translation>新條件與規則的連線方式</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>運算子</translation>
    </message>
    <message>
        <source>Value; for “in”, several values separated by commas</source>
        <translation>值；用於“in”時，多個值以逗號分隔</translation>
    </message>
    <message>
        <source>Add Condition</source>
        <translation>新增條件</translation>
    </message>
    <message>
        <source>For example: tier in ("platinum", "gold") and not lifecycle = "churned"</source>
        <translation>例如：tier in ("platinum", "gold") and not lifecycle = "churned"</translation>
    </message>
    <message>
        <source>In a rule: %1</source>
        <translation>在規則中寫作：%1</translation>
    </message>
    <message>
        <source>Column “%1” of the customer list</source>
        <translation>客戶名單中的“%1”列</translation>
    </message>
</context>
<context>
    <name>Segmenta::Rules</name>
    <message>
        <source>Position %1: the text that starts here has no closing quote.</source>
        <translation>第 %1 個字元：從這裡開始的文字缺少結尾的引號。</translation>
    </message>
    <message>
        <source>Position %1: the field name that starts here has no closing “]”.</source>
        <translation>第 %1 個字元：從這裡開始的欄位名缺少結尾的“]”。</translation>
    </message>
    <message>
        <source>Position %1: the brackets hold no field name.</source>
        <translation>第 %1 個字元：方括號中沒有欄位名。</translation>
    </message>
    <message>
        <source>Position %1: “%2” is not part of the rule language.</source>
        <translation>第 %1 個字元：“%2”不是規則語言的一部分。</translation>
    </message>
    <message>
        <source>Position %1: the rule is empty; write a condition such as tier = "gold".</source>
        <translation>第 %1 個字元：規則為空；請寫一個條件，例如 tier = "gold"。</translation>
    </message>
    <message>
        <source>Position %1: expected “and”, “or” or the end of the rule, found “%2”.</source>
        <translation>第 %1 個字元：此處應為“and”、“or”或規則結尾，實際為“%2”。</translation>
    </message>
    <message>
        <source>Position %1: expected a condition after “%2”, found the end of the rule.</source>
        <translation>第 %1 個字元：“%2”之後應有一個條件，但規則已結束。</translation>
    </message>
    <message>
        <source>Position %1: expected “)” to close the “(” at position %2, found the end of the rule.</source>
        <translation>第 %1 個字元：應有“)”來閉合第 %2 個字元處的“(”，但規則已結束。</translation>
    </message>
    <message>
        <source>Position %1: expected “)” to close the “(” at position %2, found “%3”.</source>
        <translation>第 %1 個字元：應有“)”來閉合第 %2 個字元處的“(”，實際為“%3”。</translation>
    </message>
    <message>
        <source>Position %1: no field is called “%2”.</source>
        <translation>第 %1 個字元：沒有名為“%2”的欄位。</translation>
    </message>
    <message>
        <source>Position %1: no field is called “%2”; did you mean “%3”?</source>
        <translation>第 %1 個字元：沒有名為“%2”的欄位；您是否指的是“%3”？</translation>
    </message>
    <message>
        <source>Position %1: expected a field name, found “%2”.</source>
        <translation>第 %1 個字元：此處應為欄位名，實際為“%2”。</translation>
    </message>
    <message>
        <source>Position %1: expected in, between, contains or starts with after “not”, found the end of the rule.</source>
        <translation>第 %1 個字元：“not”之後應為 in、between、contains 或 starts with，但規則已結束。</translation>
    </message>
    <message>
        <source>Position %1: expected in, between, contains or starts with after “not”, found “%2”.</source>
        <translation>第 %1 個字元：“not”之後應為 in、between、contains 或 starts with，實際為“%2”。</translation>
    </message>
    <message>
        <source>Position %1: expected “and” between the two bounds of “between”, found the end of the rule.</source>
        <translation>第 %1 個字元：“between”的兩個邊界之間應有“and”，但規則已結束。</translation>
    </message>
    <message>
        <source>Position %1: expected “and” between the two bounds of “between”, found “%2”.</source>
        <translation>第 %1 個字元：“between”的兩個邊界之間應有“and”，實際為“%2”。</translation>
    </message>
    <message>
        <source>Position %1: expected “with” after “starts”, found the end of the rule.</source>
        <translation>第 %1 個字元：“starts”之後應為“with”，但規則已結束。</translation>
    </message>
    <message>
        <source>Position %1: expected “with” after “starts”, found “%2”.</source>
        <translation>第 %1 個字元：“starts”之後應為“with”，實際為“%2”。</translation>
    </message>
    <message>
        <source>Position %1: expected “missing” after “%2”, found the end of the rule.</source>
        <translation>第 %1 個字元：“%2”之後應為“missing”，但規則已結束。</translation>
    </message>
    <message>
        <source>Position %1: expected “missing” after “%2”, found “%3”.</source>
        <translation>第 %1 個字元：“%2”之後應為“missing”，實際為“%3”。</translation>
    </message>
    <message>
        <source>Position %1: expected a comparison such as =, &lt;, between, in, contains or is missing after “%2”, found the end of the rule.</source>
        <translation>第 %1 個字元：“%2”之後應有比較，例如 =、&lt;、between、in、contains 或 is missing，但規則已結束。</translation>
    </message>
    <message>
        <source>Position %1: expected a comparison such as =, &lt;, between, in, contains or is missing after “%2”, found “%3”.</source>
        <translation>第 %1 個字元：“%2”之後應有比較，例如 =、&lt;、between、in、contains 或 is missing，實際為“%3”。</translation>
    </message>
    <message>
        <source>Position %1: expected a quoted date such as "2024-03-01" after “date”, found the end of the rule.</source>
        <translation>第 %1 個字元：“date”之後應為帶引號的日期，例如 "2024-03-01"，但規則已結束。</translation>
    </message>
    <message>
        <source>Position %1: expected a quoted date such as "2024-03-01" after “date”, found “%2”.</source>
        <translation>第 %1 個字元：“date”之後應為帶引號的日期，例如 "2024-03-01"，實際為“%2”。</translation>
    </message>
    <message>
        <source>Position %1: expected a value after “%2”, found the end of the rule.</source>
        <translation>第 %1 個字元：“%2”之後應有一個值，但規則已結束。</translation>
    </message>
    <message>
        <source>Position %1: expected a value after “%2”, found “%3”.</source>
        <translation>第 %1 個字元：“%2”之後應有一個值，實際為“%3”。</translation>
    </message>
    <message>
        <source>Position %1: expected “(” and a list of values after “%2”, found the end of the rule.</source>
        <translation>第 %1 個字元：“%2”之後應為“(”和值列表，但規則已結束。</translation>
    </message>
    <message>
        <source>Position %1: expected “(” and a list of values after “%2”, found “%3”.</source>
        <translation>第 %1 個字元：“%2”之後應為“(”和值列表，實際為“%3”。</translation>
    </message>
    <message>
        <source>Position %1: expected “,” or “)” in the list of values, found the end of the rule.</source>
        <translation>第 %1 個字元：值列表中此處應為“,”或“)”，但規則已結束。</translation>
    </message>
    <message>
        <source>Position %1: expected “,” or “)” in the list of values, found “%2”.</source>
        <translation>第 %1 個字元：值列表中此處應為“,”或“)”，實際為“%2”。</translation>
    </message>
    <message>
        <source>Position %1: “%2” works on text only, and “%3” is not text.</source>
        <translation>第 %1 個字元：“%2”只能用於文字，而“%3”不是文字。</translation>
    </message>
    <message>
        <source>Position %1: “%2” is a number; compare it with a number without quotes, such as 100.</source>
        <translation>第 %1 個字元：“%2”是數字；請與不帶引號的數字比較，例如 100。</translation>
    </message>
    <message>
        <source>Position %1: “%2” is a date; compare it with a date such as date "2024-03-01".</source>
        <translation>第 %1 個字元：“%2”是日期；請與日期比較，例如 date "2024-03-01"。</translation>
    </message>
    <message>
        <source>Position %1: “%2” is not a date; write dates year first, such as "2024-03-01".</source>
        <translation>第 %1 個字元：“%2”不是日期；日期請以年份開頭，例如 "2024-03-01"。</translation>
    </message>
    <message>
        <source>Position %1: “%2” is text and has no order; use =, !=, in, contains or starts with.</source>
        <translation>第 %1 個字元：“%2”是文字，沒有大小順序；請使用 =、!=、in、contains 或 starts with。</translation>
    </message>
    <message>
        <source>Position %1: “%2” is text; compare it with a quoted value such as "%3".</source>
        <translation>第 %1 個字元：“%2”是文字；請與帶引號的值比較，例如 "%3"。</translation>
    </message>
    <message>
        <source>Position %1: “%2” is not a value of “%3”; the values are: %4.</source>
        <translation>第 %1 個字元：“%2”不是“%3”的取值；可用的取值為：%4。</translation>
    </message>
    <message>
        <source>Position %1: the lower bound %2 is above the upper bound %3.</source>
        <translation>第 %1 個字元：下限 %2 大於上限 %3。</translation>
    </message>
    <message>
        <source>Segment “%1”, position %2: %3</source>
        <translation>細分“%1”，第 %2 個字元：%3</translation>
    </message>
    <message>
        <source>Assigning customers to segments was cancelled.</source>
        <translation>客戶細分分配已取消。</translation>
    </message>
    <message>
        <source>Position %1: the rule nests brackets and “not” more than %2 levels deep; write it with fewer levels.</source>
        <translation>第 %1 個字元：規則中括號和“not”的巢狀超過 %2 層；請減少巢狀層數。</translation>
    </message>
    <message>
        <source>No customer has “%1” in “%2”.</source>
        <translation>沒有客戶的“%2”為“%1”。</translation>
    </message>
    <message>
        <source>No customer has “%1” in “%2”; did you mean “%3”?</source>
        <translation>沒有客戶的“%2”為“%1”；您是不是要找“%3”？</translation>
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
        <translation>為何屬於此細分</translation>
    </message>
    <message>
        <source>Segment and condition</source>
        <translation>細分與條件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Customer's value</source>
        <translation>客戶的值</translation>
    </message>
    <message>
        <source>The segments have not been counted yet; try again in a moment.</source>
        <translation>細分尚未統計完成，請稍後再試。</translation>
    </message>
    <message>
        <source>No customer has the id “%1”.</source>
        <translation>沒有客戶編號為“%1”的客戶。</translation>
    </message>
    <message>
        <source>Why This Segment: %1</source>
        <translation>為何屬於此細分：%1</translation>
    </message>
    <message>
        <source>Customer &lt;b&gt;%1&lt;/b&gt; is in no segment: there are no segments yet.</source>
        <translation>客戶 &lt;b&gt;%1&lt;/b&gt; 不屬於任何細分：目前還沒有細分。</translation>
    </message>
    <message>
        <source>Customer &lt;b&gt;%1&lt;/b&gt; is in no segment: no rule matches.</source>
        <translation>客戶 &lt;b&gt;%1&lt;/b&gt; 不屬於任何細分：沒有規則匹配。</translation>
    </message>
    <message>
        <source>Customer &lt;b&gt;%1&lt;/b&gt; is in &lt;b&gt;%2&lt;/b&gt;: the first segment in priority order whose rule matches.</source>
        <translation>客戶 &lt;b&gt;%1&lt;/b&gt; 屬於 &lt;b&gt;%2&lt;/b&gt;：按優先順序順序第一個規則匹配的細分。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Rule error: left out</source>
        <translation>規則有錯誤：未計入</translation>
    </message>
    <message>
        <source>Matched: the customer is here</source>
        <translation>匹配：客戶屬於此細分</translation>
    </message>
    <message>
        <source>Matched, but a segment above came first</source>
        <translation>匹配，但優先順序更高的細分已先佔用</translation>
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
        <translation>這些客戶會如何描述自己——用他們自己認可的話</translation>
    </message>
    <message>
        <source>What this segment is for, e.g. win back lapsed buyers</source>
        <translation>這個細分的目的，例如贏回流失的買家</translation>
    </message>
    <message>
        <source>The manager responsible for its profit and loss</source>
        <translation>對其盈虧負責的經理</translation>
    </message>
    <message>
        <source>The one product or offer sales make</source>
        <translation>銷售人員推薦的唯一產品或優惠</translation>
    </message>
    <message>
        <source>The one message used in every channel</source>
        <translation>在所有渠道使用的統一話術</translation>
    </message>
    <message>
        <source>No campaign planned</source>
        <translation>未計劃營銷活動</translation>
    </message>
    <message>
        <source>The response rate the planned campaign assumes; checked against what this segment has shown</source>
        <translation>計劃中的營銷活動所假設的響應率；將與該細分以往的表現對照檢查</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>規則(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>目標(&amp;O)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>負責人(&amp;W)：</translation>
    </message>
    <message>
        <source>O&amp;ffer:</source>
        <translation>推薦產品(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>話術(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>Forecast res&amp;ponse:</source>
        <translation>預計響應率(&amp;P)：</translation>
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
        <translation>細分</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>% of customers</source>
        <translation>客戶佔比</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>收入佔比</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利潤</translation>
    </message>
    <message>
        <source>Mean CLV</source>
        <translation>平均客戶終身價值</translation>
    </message>
    <message>
        <source>Purchase probability</source>
        <translation>購買可能性</translation>
    </message>
</context>
<context>
    <name>Segmenta::Segments</name>
    <message>
        <source>This is not a segment file: it has no “version”.</source>
        <translation>這不是細分檔案：缺少“version”。</translation>
    </message>
    <message>
        <source>The segment file has version %1; this Segmenta reads version %2 and older. Update Segmenta to open it.</source>
        <translation>該細分檔案的版本為 %1；此版本的 Segmenta 只能讀取 %2 及更早的版本。請更新 Segmenta 後再開啟。</translation>
    </message>
    <message>
        <source>The segment file has no “segments” list.</source>
        <translation>該細分檔案沒有“segments”列表。</translation>
    </message>
    <message>
        <source>Segment %1 has no name.</source>
        <translation>第 %1 個細分沒有名稱。</translation>
    </message>
    <message>
        <source>Two segments are called “%1”.</source>
        <translation>有兩個細分都叫“%1”。</translation>
    </message>
    <message>
        <source>The segment file “%1” cannot be read: %2.</source>
        <translation>無法讀取細分檔案“%1”：%2。</translation>
    </message>
    <message>
        <source>The segment file “%1” is not valid JSON (at byte %2: %3).</source>
        <translation>細分檔案“%1”不是有效的 JSON（第 %2 位元組：%3）。</translation>
    </message>
    <message>
        <source>The segment file “%1” cannot be written: %2.</source>
        <translation>無法寫入細分檔案“%1”：%2。</translation>
    </message>
    <message>
        <source>Segment “%1”: forecast_response must be a number from 0 to 1 (0.05 for 5 %).</source>
        <translation>分群“%1”：forecast_response 必須是 0 到 1 之間的數（5% 寫作 0.05）。</translation>
    </message>
    <message>
        <source>The segment file “%1” holds a JSON array; it must hold a JSON object: {"version": 1, "segments": [...]}.</source>
        <translation>分群檔案“%1”中是 JSON 陣列；它必須是 JSON 物件：{"version": 1, "segments": [...]}。</translation>
    </message>
</context>
<context>
    <name>Segmenta::SegmentsPage</name>
    <message>
        <source>Add Segment</source>
        <translation>新增細分</translation>
    </message>
    <message>
        <source>Edit Rule</source>
        <translation>編輯規則</translation>
    </message>
    <message>
        <source>Edit Segment</source>
        <translation>編輯細分</translation>
    </message>
    <message>
        <source>Change Priority</source>
        <translation>更改優先順序</translation>
    </message>
    <message>
        <source>Remove Segment</source>
        <translation>刪除細分</translation>
    </message>
    <message>
        <source>&amp;New Segment</source>
        <translation>新建細分(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>刪除(&amp;R)</translation>
    </message>
    <message>
        <source>Higher Priority</source>
        <translation>提高優先順序</translation>
    </message>
    <message>
        <source>Lower Priority</source>
        <translation>降低優先順序</translation>
    </message>
    <message>
        <source>Value Tiers</source>
        <translation>價值層級</translation>
    </message>
    <message>
        <source>RFM Segments</source>
        <translation>RFM 細分</translation>
    </message>
    <message>
        <source>Lifecycle Stages</source>
        <translation>生命週期階段</translation>
    </message>
    <message>
        <source>Start From</source>
        <translation>從模板開始</translation>
    </message>
    <message>
        <source>Import Segments…</source>
        <translation>匯入細分…</translation>
    </message>
    <message>
        <source>Export Segments…</source>
        <translation>匯出細分…</translation>
    </message>
    <message>
        <source>No segments yet. Add one, or start from the value tiers, the RFM segments or the lifecycle stages.</source>
        <translation>還沒有細分。新建一個，或從價值層級、RFM 細分或生命週期階段開始。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在計數…</translation>
    </message>
    <message>
        <source>The counts appear when the analysis has run.</source>
        <translation>分析完成後顯示計數。</translation>
    </message>
    <message>
        <source>This rule has an error: no customers are counted for it.</source>
        <translation>此規則有錯誤：不為其計算任何客戶。</translation>
    </message>
    <message>
        <source>The rule matches &lt;b&gt;%1&lt;/b&gt; customers; &lt;b&gt;%2&lt;/b&gt; are in this segment, %3 are taken by segments of higher priority.</source>
        <translation>規則匹配 &lt;b&gt;%1&lt;/b&gt; 位客戶；其中 &lt;b&gt;%2&lt;/b&gt; 位屬於此細分，%3 位已被優先順序更高的細分佔用。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Also matched by: %1</source>
        <translation>同時匹配的細分：%1</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>細分 %1</translation>
    </message>
    <message>
        <source>The analysis has not run yet; try again in a moment.</source>
        <translation>分析尚未完成，請稍後再試。</translation>
    </message>
    <message>
        <source>Add Segments</source>
        <translation>新增細分</translation>
    </message>
    <message>
        <source>Import Segments</source>
        <translation>匯入細分</translation>
    </message>
    <message>
        <source>Segment files (*.json)</source>
        <translation>細分檔案 (*.json)</translation>
    </message>
    <message>
        <source>Export Segments</source>
        <translation>匯出細分</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <source>Type a customer id and press Enter to see which segment the customer is in and why.</source>
        <translation>輸入客戶編號並按回車，檢視該客戶屬於哪個細分及原因。</translation>
    </message>
    <message>
        <source>Why This Segment?</source>
        <translation>為何屬於此細分？</translation>
    </message>
    <message>
        <source>Show Customers…</source>
        <translation>顯示客戶…</translation>
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
        <translation>細分快照</translation>
    </message>
    <message>
        <source>A snapshot keeps every customer's segment and value tier as they are today. After the next import, compare two snapshots to see how customers moved.</source>
        <translation>快照會儲存每位客戶當前所屬的細分和價值層級。下次匯入資料後，比較兩個快照即可看到客戶的遷移。</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>名稱（可選）</translation>
    </message>
    <message>
        <source>Take a Snapshot of the Current Segments</source>
        <translation>為當前細分拍攝快照</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Migration between two snapshots</source>
        <translation>兩個快照之間的遷移</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>按細分</translation>
    </message>
    <message>
        <source>By value tier</source>
        <translation>按價值層級</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>從：</translation>
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
        <translation>拍攝時間</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>資料截至</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>細分</translation>
    </message>
    <message>
        <source>No snapshots yet.</source>
        <translation>還沒有快照。</translation>
    </message>
    <message>
        <source>Take a second snapshot (after the next import) to compare.</source>
        <translation>請（在下次匯入後）再拍攝一個快照以進行比較。</translation>
    </message>
    <message>
        <source>The segments are still being counted; try again in a moment.</source>
        <translation>細分仍在計數中，請稍後再試。</translation>
    </message>
    <message>
        <source>Another task is running; try again when it is done.</source>
        <translation>另一個任務正在執行，請在其完成後再試。</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>快照 %1</translation>
    </message>
    <message>
        <source>Taking a snapshot</source>
        <translation>正在拍攝快照</translation>
    </message>
    <message>
        <source>Delete Snapshot</source>
        <translation>刪除快照</translation>
    </message>
    <message>
        <source>Delete the snapshot “%1”? This cannot be undone.</source>
        <translation>刪除快照“%1”？此操作無法撤銷。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比較…</translation>
    </message>
    <message>
        <source>Comparing snapshots</source>
        <translation>正在比較快照</translation>
    </message>
    <message>
        <source>%L1 customers in both: %L2 (%3 %) stayed, %L4 moved; %L5 new since, %L6 gone since. Each row shows where that row's customers went; the deeper the colour, the larger its share of the row.</source>
        <translation>兩個快照中都有 %L1 位客戶：%L2 位（%3 %）留在原處，%L4 位發生了遷移；此後新增 %L5 位，流失 %L6 位。每一行顯示該行客戶的去向；顏色越深，佔該行的比例越大。</translation>
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
        <translation>客戶細分：看清誰帶來價值，定義客戶認同的細分群體，把正確的名單交給銷售。</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>匯入檔案(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>開啟專案(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>開啟演示(&amp;D)</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的專案</translation>
    </message>
    <message>
        <source>Import from Data&amp;base…</source>
        <translation>從資料庫匯入(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>Segmenta::TableBrowser</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>篩選(&amp;F)：</translation>
    </message>
    <message>
        <source>Select a column to see its profile.</source>
        <translation>選擇一列以檢視其概況。</translation>
    </message>
    <message>
        <source>%L1 rows</source>
        <translation>%L1 行</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在處理…</translation>
    </message>
    <message>
        <source>%L1 of %L2 rows match</source>
        <translation>%L2 行中有 %L1 行符合</translation>
    </message>
    <message>
        <source>text, = exact, &gt; 100, 10..20, 2024-03, or blank</source>
        <translation>文字、= 精確、&gt; 100、10..20、2024-03 或 空</translation>
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
        <translation>最近消費（對數）</translation>
    </message>
    <message>
        <source>Frequency (log)</source>
        <translation>消費頻率（對數）</translation>
    </message>
    <message>
        <source>Monetary value (log)</source>
        <translation>消費金額（對數）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>recency</source>
        <translation>最近消費</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>消費頻率</translation>
    </message>
    <message>
        <source>monetary value</source>
        <translation>消費金額</translation>
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
        <translation>各價值組的客戶數</translation>
    </message>
    <message>
        <source>Value groups by profit</source>
        <translation>各價值組的利潤</translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation>生命週期階段</translation>
    </message>
    <message>
        <source>Most valuable</source>
        <translation>最具價值</translation>
    </message>
    <message>
        <source>Most growable</source>
        <translation>最具成長性</translation>
    </message>
    <message>
        <source>Other profitable</source>
        <translation>其他盈利客戶</translation>
    </message>
    <message>
        <source>Below zero</source>
        <translation>低於零點</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠誠客戶</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潛在</translation>
    </message>
    <message>
        <source>Marginal</source>
        <translation>邊緣</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Profit is gross profit minus cost to serve. &lt;b&gt;Most valuable&lt;/b&gt;: the top %1 % of the profitable customers by profit; &lt;b&gt;most growable&lt;/b&gt;: the next %2 % with the largest growth potential (%3); &lt;b&gt;below zero&lt;/b&gt;: customers who cost more than they bring. Total profit %4.</source>
        <translation>利潤 = 毛利 − 服務成本。&lt;b&gt;最具價值&lt;/b&gt;：按利潤排名前 %1 % 的盈利客戶；&lt;b&gt;最具成長性&lt;/b&gt;：其後成長潛力最大的 %2 %（%3）；&lt;b&gt;低於零點&lt;/b&gt;：服務成本高於所帶來毛利的客戶。總利潤 %4。</translation>
    </message>
    <message>
        <source>predicted lifetime value above present profit</source>
        <translation>預測的客戶終身價值高於當前利潤</translation>
    </message>
    <message>
        <source>from the spending trend</source>
        <translation>依據消費趨勢</translation>
    </message>
    <message>
        <source>%1: %L2 customers (%3 %), profit %4 (%5 % of the total). Click to see them.</source>
        <translation>%1：%L2 位客戶（%3 %），利潤 %4（佔總利潤的 %5 %）。點選檢視這些客戶。</translation>
    </message>
    <message>
        <source>Value groups: customers</source>
        <translation>價值組：客戶數</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Value groups: profit</source>
        <translation>價值組：利潤</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利潤</translation>
    </message>
    <message>
        <source>%1: %L2 customers (%3 %), revenue %4. Click to see them.</source>
        <translation>%1：%L2 位客戶（%3 %），收入 %4。點選檢視這些客戶。</translation>
    </message>
    <message>
        <source>Lifecycle stages (with the probability alive)</source>
        <translation>生命週期階段（參考存活機率）</translation>
    </message>
</context>
<context>
    <name>Segmenta::ValuePage</name>
    <message>
        <source>Lifetime value</source>
        <translation>客戶終身價值</translation>
    </message>
    <message>
        <source>Value groups and lifecycle</source>
        <translation>價值組與生命週期</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>回測</translation>
    </message>
</context>
<context>
    <name>Segmenta::Warehouse</name>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL) is not installed; on Debian and Ubuntu install libqt6sql6-psql.</source>
        <translation>未安裝 Qt 的 PostgreSQL 驅動（QPSQL）；在 Debian 和 Ubuntu 上請安裝 libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>無法連線到 %1：%2</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>匯入已取消。</translation>
    </message>
    <message>
        <source>The warehouse did not finish within %1 seconds; the query was stopped. Raise the time limit or narrow the query.</source>
        <translation>資料倉庫未能在 %1 秒內完成，查詢已被停止。請提高時間限制或縮小查詢範圍。</translation>
    </message>
    <message>
        <source>The warehouse refused the query: %1</source>
        <translation>資料倉庫拒絕了查詢：%1</translation>
    </message>
    <message>
        <source>The orders hold no line with a customer, a date and an amount.</source>
        <translation>訂單中沒有同時包含客戶、日期和金額的行。</translation>
    </message>
    <message>
        <source>%1 customers appeared more than once in the customers; the first row of each was kept.</source>
        <translation>有 %1 位客戶在客戶資料中出現了不止一次；每位客戶只保留了第一行。</translation>
    </message>
    <message>
        <source>The query is empty.</source>
        <translation>查詢為空。</translation>
    </message>
    <message>
        <source>There is no column “%1” for “%2”. The columns are: %3.</source>
        <translation>沒有可用作“%2”的列“%1”。現有的列：%3。</translation>
    </message>
    <message>
        <source>No column was recognised as “%1”. The columns are: %2. Name it with --map %1=COLUMN.</source>
        <translation>沒有識別出作為“%1”的列。現有的列：%2。請用 --map %1=列名 指定。</translation>
    </message>
    <message>
        <source>“%1” is not a postgresql://user@host:port/database address.</source>
        <translation>“%1”不是 postgresql://使用者@主機:埠/資料庫 形式的地址。</translation>
    </message>
    <message>
        <source>Do not put the password in the address; it is read from SEGMENTA_PG_PASSWORD or PGPASSWORD, or asked for.</source>
        <translation>請不要把密碼寫在地址裡；密碼從 SEGMENTA_PG_PASSWORD 或 PGPASSWORD 讀取，或在執行時詢問。</translation>
    </message>
    <message>
        <source>Name the database and the user to connect as.</source>
        <translation>請指定要連線的資料庫和使用者。</translation>
    </message>
    <message>
        <source>Give either an orders table or an orders query, not both.</source>
        <translation>請給出訂單表或訂單查詢之一，不能同時給出。</translation>
    </message>
    <message>
        <source>Give either a customers table or a customers query, not both.</source>
        <translation>請給出客戶表或客戶查詢之一，不能同時給出。</translation>
    </message>
    <message>
        <source>Unknown TLS mode “%1”; use one of %2.</source>
        <translation>未知的 TLS 模式“%1”；請使用 %2 之一。</translation>
    </message>
    <message>
        <source>The warehouse returned totals Segmenta cannot read.</source>
        <translation>資料倉庫返回的彙總數字無法被 Segmenta 讀取。</translation>
    </message>
    <message>
        <source>Per-customer results come from a uniform sample of %1 of the %2 customers (%3 %). The numbers of customers and orders, the revenue, the 80/20 figures and the pyramid by revenue were computed on the server over all of them.</source>
        <translation>逐個客戶的結果來自從 %2 位客戶中均勻隨機抽取的 %1 位客戶樣本（%3%）。客戶數、訂單數、收入、二八法則的各項數字以及按收入劃分的客戶金字塔，都是在伺服器上基於全部客戶計算的。</translation>
    </message>
    <message>
        <source>The record of the warehouse sample is damaged.</source>
        <translation>資料倉庫樣本的記錄已損壞。</translation>
    </message>
    <message>
        <source>The largest number of customers to bring over must be 0 (no limit) or more.</source>
        <translation>要匯入的客戶數上限必須為 0（不限）或更大。</translation>
    </message>
    <message>
        <source>Could not remember the confirmed query in %1: %2</source>
        <translation>無法在 %1 中記錄已確認的查詢：%2</translation>
    </message>
    <message>
        <source>The query leaves a quoted text, quoted name or comment open.</source>
        <translation>查詢中有未閉合的引號文字、帶引號的名稱或註釋。</translation>
    </message>
    <message>
        <source>The query must be a single SELECT statement; a “;” outside quotes ends it.</source>
        <translation>查詢必須是單條 SELECT 語句；引號之外的“;”會結束語句。</translation>
    </message>
    <message>
        <source>“%1” is not a table name: write table, schema.table or "Schema"."Table", with "" for a quote inside quotes.</source>
        <translation>“%1”不是表名：請寫 table、schema.table 或 "Schema"."Table"，引號內的引號寫作 ""。</translation>
    </message>
    <message>
        <source>Give an orders table or an orders query.</source>
        <translation>請給出訂單表或訂單查詢。</translation>
    </message>
    <message>
        <source>The time limit must be from %1 to %2 seconds.</source>
        <translation>時間限制必須在 %1 到 %2 秒之間。</translation>
    </message>
    <message>
        <source>The port or batch size is out of range.</source>
        <translation>埠或批次大小超出範圍。</translation>
    </message>
</context>
<context>
    <name>Segmenta::WarehouseActions</name>
    <message>
        <source>Import from Data&amp;base…</source>
        <translation>從資料庫匯入(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Refresh from Database…</source>
        <translation>從資料庫重新整理(&amp;R)…</translation>
    </message>
    <message>
        <source>Another task is running; try again when it is done.</source>
        <translation>另一個任務正在執行，請在其完成後再試。</translation>
    </message>
    <message>
        <source>Import from Database</source>
        <translation>從資料庫匯入</translation>
    </message>
    <message>
        <source>Refresh from Database</source>
        <translation>從資料庫重新整理</translation>
    </message>
    <message>
        <source>Open a project that was imported from a database first.</source>
        <translation>請先開啟一個從資料庫匯入的專案。</translation>
    </message>
    <message>
        <source>Refreshed from %1.</source>
        <translation>已從 %1 重新整理。</translation>
    </message>
    <message>
        <source>This project runs a query you have not written or confirmed on this computer; it may have been changed outside Segmenta. Read it before running it with your password.</source>
        <translation>此專案會執行一條您未在這臺電腦上編寫或確認過的查詢；它可能已在 Segmenta 之外被修改。請先閱讀，再用您的密碼執行它。</translation>
    </message>
    <message>
        <source>&amp;Run This Query</source>
        <translation>執行此查詢(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Segmenta::WarehouseDialog</name>
    <message>
        <source>Import from Database</source>
        <translation>從資料庫匯入</translation>
    </message>
    <message>
        <source>Segmenta connects to PostgreSQL or a warehouse that speaks its protocol (Citus, Greenplum, Redshift, CockroachDB, YugabyteDB). The server sums up the orders; only one row per customer comes over. The connection is read-only.</source>
        <translation>Segmenta 可連線 PostgreSQL 或使用其協議的資料倉庫（Citus、Greenplum、Redshift、CockroachDB、YugabyteDB）。訂單由伺服器彙總，每位客戶只傳回一行。連線為只讀。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>儲存專案</translation>
    </message>
    <message>
        <source>Segmenta projects (*.segmenta)</source>
        <translation>Segmenta 專案 (*.segmenta)</translation>
    </message>
    <message>
        <source>Save the &amp;project as:</source>
        <translation>專案另存為(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>disable: no encryption</source>
        <translation>disable：不加密</translation>
    </message>
    <message>
        <source>allow: encrypt only when the server insists</source>
        <translation>allow：僅在伺服器要求時加密</translation>
    </message>
    <message>
        <source>prefer: encrypt when the server can (default)</source>
        <translation>prefer：伺服器支援時加密（預設）</translation>
    </message>
    <message>
        <source>require: always encrypt</source>
        <translation>require：始終加密</translation>
    </message>
    <message>
        <source>verify-ca: encrypt and check the server's certificate</source>
        <translation>verify-ca：加密並檢查伺服器證書</translation>
    </message>
    <message>
        <source>verify-full: encrypt, check the certificate and the host name</source>
        <translation>verify-full：加密，並檢查證書和主機名</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>埠：</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主機(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>資料庫(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密碼(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>加密 (TLS)(&amp;E)：</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>資料</translation>
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
        <translation>訂單(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Customer list (optional):</source>
        <translation>客戶名單（可選）(&amp;C)：</translation>
    </message>
    <message>
        <source>Time &amp;limit per query:</source>
        <translation>每個查詢的時間限制(&amp;L)：</translation>
    </message>
    <message>
        <source>One line per order line: a customer ID, an order date and an amount (or quantity and unit price); an order ID and a margin when there are. A query must be a single SELECT; it runs in a read-only transaction.</source>
        <translation>每個訂單行一行：客戶編號、訂單日期和金額（或數量和單價）；如有訂單編號和毛利率也請包含。查詢必須是單條 SELECT 語句，並在只讀事務中執行。</translation>
    </message>
    <message>
        <source>Column roles</source>
        <translation>列的角色</translation>
    </message>
    <message>
        <source>Read from the server by Test Connection; check what each column means.</source>
        <translation>由“測試連線”從伺服器讀取；請檢查每一列的含義。</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>客戶名單</translation>
    </message>
    <message>
        <source>Enter the server's host name or address.</source>
        <translation>請輸入伺服器的主機名或地址。</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>請輸入資料庫名稱。</translation>
    </message>
    <message>
        <source>Enter the user name to connect as.</source>
        <translation>請輸入用於連線的使用者名稱。</translation>
    </message>
    <message>
        <source>Enter the orders table, or a SELECT that gives the order lines.</source>
        <translation>請輸入訂單表，或一條給出訂單行的 SELECT 查詢。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在連線 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The orders have %n columns.</source>
        <translation>
            <numerusform>已連線。訂單有 %n 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected. The orders have %1 columns, the customer list %2.</source>
        <translation>已連線。訂單有 %1 列，客戶名單有 %2 列。</translation>
    </message>
    <message>
        <source>Choose where to save the project.</source>
        <translation>請選擇專案的儲存位置。</translation>
    </message>
    <message>
        <source>Customers at &amp;most:</source>
        <translation>客戶數上限(&amp;M)：</translation>
    </message>
    <message>
        <source>When the database has more customers than this, only a random sample of this many comes to this computer: every analysis, segment and target list then covers the sampled customers. The totals (customers, orders, revenue, 80/20 and the pyramid) are still counted exactly by the server over all customers. 0: bring every customer.</source>
        <translation>資料庫中的客戶多於此數時，只有這麼多客戶的隨機樣本會傳到本機：此後的各項分析、細分和目標客戶名單都只涵蓋樣本中的客戶。總數（客戶數、訂單數、收入、二八法則和客戶金字塔）仍由伺服器基於全部客戶精確計算。0：傳入全部客戶。</translation>
    </message>
    <message>
        <source>Which customers the sample takes. The same number draws the same customers again at every refresh; another number draws another sample.</source>
        <translation>決定樣本抽取哪些客戶。相同的數字在每次重新整理時抽取相同的客戶；換一個數字則抽取另一個樣本。</translation>
    </message>
    <message>
        <source>Sample &amp;seed:</source>
        <translation>抽樣種子(&amp;S)：</translation>
    </message>
    <message>
        <source>Enter a whole number as the sample seed, e.g. 0.</source>
        <translation>請輸入整數作為抽樣種子，例如 0。</translation>
    </message>
</context>
<context>
    <name>Segmenta::WarehousePasswordField</name>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>在系統鑰匙串中記住密碼</translation>
    </message>
    <message>
        <source>The password remembered for this login was filled in.</source>
        <translation>已填入為此登入記住的密碼。</translation>
    </message>
</context>
<context>
    <name>Segmenta::WarehouseRefreshDialog</name>
    <message>
        <source>Refresh from Database</source>
        <translation>從資料庫重新整理</translation>
    </message>
    <message>
        <source>a SELECT query</source>
        <translation>一條 SELECT 查詢</translation>
    </message>
    <message>
        <source>The orders (%1) are summed up again on %2 and replace the customer summary of this project; the segments and snapshots are kept.</source>
        <translation>將在 %2 上重新彙總訂單（%1），並替換本專案的客戶彙總；細分和快照會保留。</translation>
    </message>
    <message>
        <source>Save a snapshot of the segments after the refresh</source>
        <translation>重新整理後儲存細分快照</translation>
    </message>
    <message>
        <source>Refresh %1</source>
        <translation>重新整理 %1</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密碼(&amp;W)：</translation>
    </message>
    <message>
        <source>Snapshot &amp;name:</source>
        <translation>快照名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Beyond %1 customers, a sample of that many comes over (sample seed %2), with exact totals counted by the server.</source>
        <translation>客戶超過 %1 位時，只傳入同樣數量的客戶樣本（抽樣種子 %2），總數由伺服器精確計算。</translation>
    </message>
    <message>
        <source>Every customer comes over (no customer limit).</source>
        <translation>傳入全部客戶（不限客戶數）。</translation>
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
        <translation>SELECT 查詢</translation>
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
        <translation>有兩列的角色都是“%1”；請只指定給其中一列。</translation>
    </message>
    <message>
        <source>Choose the orders column that holds the customer ID.</source>
        <translation>請選擇訂單中存放客戶編號的列。</translation>
    </message>
    <message>
        <source>Choose the customer list's column that holds the customer ID.</source>
        <translation>請選擇客戶名單中存放客戶編號的列。</translation>
    </message>
    <message>
        <source>Choose the orders column that holds the order date.</source>
        <translation>請選擇訂單中存放訂單日期的列。</translation>
    </message>
    <message>
        <source>Choose the orders column that holds the amount (or the quantity and the unit price).</source>
        <translation>請選擇訂單中存放金額（或數量和單價）的列。</translation>
    </message>
</context>
<context>
    <name>Segmenta::WorkshopReport</name>
    <message>
        <source>Customer segmentation: %1</source>
        <translation>客戶細分：%1</translation>
    </message>
    <message>
        <source>Workshop report, %1</source>
        <translation>研討會報告，%1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>關鍵資料</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>細分</translation>
    </message>
    <message>
        <source>No segments are defined yet.</source>
        <translation>尚未定義任何細分。</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>健康檢查</translation>
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
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>細分</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>發現的問題</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>所有細分</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>無法將報告寫入 %1。</translation>
    </message>
    <message>
        <source>The file %1 could not be replaced; is it open elsewhere?</source>
        <translation>無法替換檔案 %1；它是否在別的程式中開啟？</translation>
    </message>
    <message>
        <source>Not counted: the rule has an error: %1</source>
        <translation>未統計：規則有錯誤：%1</translation>
    </message>
</context>
</TS>