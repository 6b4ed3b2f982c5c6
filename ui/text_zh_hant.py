"""繁體中文 catalog (zh-Hant): every key of ui.text.EN, translated."""

ZH_HANT: dict[str, str] = {
    "app.title": "優化器實驗室",
    "lang.label": "語言（Language）",
    "class.panel": "課堂",
    "class.present": "簡報模式",
    "class.present_help": "適合投影：字級更大、路徑更粗、側邊欄收合，每頁只留圖與關鍵數字。",
    "class.bad_present": "連結中的 present={value!r} 未被採用：請寫 present=1 或 present=0。",
    "class.hide": "隱藏這些控制項",
    "class.hide_help": "學生開啟下方連結時看不到這些控制項；連結裡的數值仍然有效。",
    "class.hide_none": "未隱藏任何控制項",
    "class.bad_hide": "連結要求隱藏 {names}：沒有這個控制項，已忽略。",
    "class.link_help": "帶有這些課堂設定的本頁連結：",
    "app.icon": "📉",
    "app.open": "開啟頁面",
    "nav.home": "首頁",
    "home.title": "優化器實驗室",
    "home.lead": (
        "一步一步觀察梯度下降及其自適應家族"
        "（SGD、Momentum、Nesterov、AdaGrad、**RMSProp**、Adadelta、Adam、AdamW、NAdam、RAdam、"
        "Adamax、Lion 與無排程 AdamW）如何走過一個曲面。每個數字都由一個小型 NumPy 引擎計算，"
        "結果與 PyTorch、Keras、TensorFlow 1 以及 *Dive into Deep Learning*（《動手學深度學習》）"
        "教科書完全一致，你可以拿它和自己的程式碼互相核對。"
    ),
    "home.class_title": "在課堂上",
    "home.class_body": (
        "每個畫面都是一個連結：所有控制項都會寫進頁面的網址，所以你複製、"
        "加入書籤或放進投影片的連結，每位學生打開時都會看到完全相同的執行結果。"
        "從下方的預設範例開始，改動一個地方，再用頁面上的「**分享此畫面**」分享結果。"
    ),
    "home.presets_title": "從這些課程開始",
    "home.pages_title": "頁面",
    "home.playground_card_title": "實驗場",
    "home.playground_card": (
        "一個優化器，所有參數任你調。觀察路徑走過曲面、查看優化器內部（它的狀態與有效步長），"
        "並親手驗算任何一步。"
    ),
    "home.playground_open": "開啟實驗場",
    "home.engine_title": "可以驗算的數字",
    "home.engine_body": (
        "教科書中的 RMSProp 範例（d2l 慣例，η = 0.4，γ = 0.9，ε = 10⁻⁶ 放在平方根內，"
        "在 f = 0.1x² + 2y² 上從 (−5, −2) 出發走 20 步），由同一個引擎計算："
    ),
    "home.engine_result": "{steps} 步之後：x₁ = {x1:.6f}，x₂ = {x2:.6f}",
    "home.compare_card_title": "比較",
    "home.compare_card": (
        "讓最多六個優化器從同一個起點賽跑、掃描某個超參數，或一次從整片網格的起點出發，"
        "畫出每個起點最後到達哪個最小值。排行榜會為每次執行評分。"
    ),
    "home.compare_open": "開啟比較",
    "home.regression_card_title": "線性迴歸",
    "home.regression_card": (
        "RMSProp 為 NumPy 線性迴歸教學中的 100 個帶雜訊的點擬合一條直線，"
        "在資料與誤差曲面上並排播放動畫，並說明為什麼固定的 η 會讓它一直繞著最佳解打轉。"
    ),
    "home.regression_open": "開啟線性迴歸",
    "home.network_card_title": "神經網路",
    "home.network_card": (
        "一個小型網路用同樣的優化器學習辨識手寫數字，做法依照 Keras 的 MNIST 教學："
        "最多比較四個從同一起點出發的優化器，觀察損失與準確率的變化，並看看它把哪些數字認錯。"
    ),
    "home.network_open": "開啟神經網路",
    "home.theory_card_title": "理論",
    "home.theory_card": (
        "以各框架的寫法列出每條更新規則、AdaGrad 為什麼會越走越慢而 RMSProp 不會、"
        "在框架之間移植時的陷阱，以及相關論文。"
    ),
    "home.theory_open": "開啟理論",
    "nav.playground": "實驗場",
    "pg.title": "實驗場",
    "pg.caption": (
        "選一個曲面和一個優化器，設定 η 等參數，按下 ▶ 播放；點一下圖中任何位置，就從那裡出發。"
        "每個控制項都是頁面連結的一部分："
        "從網址列複製連結，就能分享這個畫面。"
    ),
    "pg.presets": "預設範例（每個都是連結）",
    "pg.surface": "曲面",
    "surface.ellipse": "橢圓 0.1x² + 2y²（d2l 的例子）",
    "surface.rotated_ellipse": "旋轉橢圓",
    "surface.rosenbrock": "Rosenbrock 山谷",
    "surface.beale": "Beale",
    "surface.himmelblau": "Himmelblau（四個最小值）",
    "surface.booth": "Booth",
    "surface.saddle": "鞍面 x² − y²",
    "surface.six_hump_camel": "六駝峰函數",
    "surface.rastrigin": "Rastrigin（局部最小值眾多）",
    "surface.ackley": "Ackley",
    "surface.custom": "自訂 f(x, y)…",
    "pg.optimizer": "優化器",
    "pg.convention": "慣例",
    "pg.convention_help": (
        "要依照哪個框架的公式與預設值：PyTorch、Keras 3、TensorFlow 1，"
        "或 Dive into Deep Learning 教科書。它們在 ε 的位置、預設值等方面都有差異。"
    ),
    "pg.hyper": "超參數",
    "pg.lr": "學習率 η",
    "pg.gamma": "衰減率 γ",
    "pg.eps": "ε",
    "pg.momentum": "動量 μ",
    "pg.dampening": "阻尼 τ",
    "pg.centered": "中心化（centered）",
    "pg.beta1": "β₁",
    "pg.beta2": "β₂",
    "pg.amsgrad": "AMSGrad",
    "pg.weight_decay": "權重衰減 λ",
    "pg.lr_decay": "η 衰減（PyTorch AdaGrad）",
    "pg.initial_accumulator_value": "累加器初始值 s₀",
    "pg.momentum_decay": "動量衰減 ψ（PyTorch NAdam）",
    "pg.decoupled_weight_decay": "解耦式權重衰減（如 AdamW）",
    "pg.warmup_steps": "暖身步數 W",
    "pg.nesterov": "Nesterov 動量",
    "pg.ns_steps": "Newton–Schulz 迭代步數 k",
    "pg.names_help": "其他名稱：{names}",
    "pg.reset": "重設為此慣例的預設值",
    "pg.use_convention": "改用 {convention}",
    "pg.run": "執行",
    "pg.steps": "步數",
    "pg.x0": "起點 x",
    "pg.y0": "起點 y",
    "pg.options": "雜訊、裁剪、排程",
    "pg.noise": "梯度雜訊 σ",
    "pg.seed": "雜訊的亂數種子",
    "pg.clip": "梯度裁剪",
    "pg.clip.none": "不裁剪",
    "pg.clip.value": "依數值",
    "pg.clip.norm": "依範數",
    "pg.clip_threshold": "裁剪門檻 c",
    "pg.schedule": "學習率排程",
    "pg.schedule.constant": "固定",
    "pg.schedule.step": "階梯衰減",
    "pg.schedule.exponential": "指數衰減",
    "pg.schedule.cosine": "餘弦",
    "pg.schedule.inverse_time": "逆時間衰減",
    "pg.decay_rate": "排程衰減率",
    "pg.decay_steps": "排程週期（步）",
    "pg.bad_param": "連結中的 {key}={value!r} 未被採用：{reason}。改用 {default}。",
    "pg.bad_number": "它不是數字",
    "pg.bad_choice": "它不在可選的項目中",
    "pg.bad_range": "它必須介於 {low} 與 {high} 之間",
    "pg.play": "播放",
    "pg.pause": "暫停",
    "pg.step": "步",
    "pg.minimum": "最小值",
    "pg.axis_x": "x",
    "pg.axis_y": "y",
    "pg.final_point": "**終點**（第 {step} 步）：x = {x}，y = {y}",
    "pg.speed": "速度",
    "pg.speed_help": "▶ 播放時走過各步的快慢：1× 會用大約三秒播完一次較短的執行。",
    "pg.axis_z": "f(x, y)",
    "pg.view3d": "立體視圖",
    "pg.view3d_help": (
        "以立體方式顯示曲面和上面的路徑；拖曳可以旋轉，播放時也可以。點擊選起點要在等高線視圖裡進行。"
    ),
    "pg.arrows": "用箭頭顯示各個力",
    "pg.arrows_help": (
        "在動畫的每一步，從目前的點畫出箭頭：下坡方向（−∇f）、優化器接著實際做的更新，"
        "以及它的記憶（動量、一階動差，如果有的話）。每個箭頭只表示方向。"
    ),
    "pg.force.gradient": "−∇f（下坡）",
    "pg.force.update": "實際更新",
    "pg.force.memory": "記憶 {name}",
    "pg.live": "圖下方的即時滑桿",
    "pg.live_none": "無",
    "pg.live_help": (
        "步數滑桿旁的滑桿會立即在瀏覽器裡換成這個超參數其他取值的路徑。圖旁的數字仍是側邊欄所設取值的結果。"
    ),
    "ex.mode": "練習",
    "ex.mode.none": "無：自由探索",
    "ex.mode.predict": "預測下一步",
    "ex.mode.diagnose": "診斷這次執行",
    "ex.mode_help": "課堂練習：它存在連結裡，老師可以直接分享。",
    "ex.predict.path": "到第 {k} 步的路徑",
    "ex.predict.truth": "第 {k} 步：實際落點",
    "ex.predict.guess": "你的預測",
    "ex.predict.too_short": (
        "這次執行沒有可以提問的步：它一開始就發散或停住了。請改一改 η、步數或起點。"
    ),
    "ex.predict.round": (
        "**第 {round} 輪，共 {rounds} 輪。** 路徑畫到了第 {k} 步。第 {next} 步會落在哪裡？"
        "在圖上點出那個位置，然後按「檢查」。"
    ),
    "ex.predict.click": "在圖上點一下（或輕觸）你認為下一個點會落下的位置。",
    "ex.predict.your_guess": "你的預測：x = {x}，y = {y}。再點一次可以移動它。",
    "ex.predict.check": "檢查",
    "ex.predict.truth_at": "第 {k} 步落在 x = {x}，y = {y}。",
    "ex.predict.off_by": "你的預測偏離了 **{error}** 個步長：得 **{points}** 分。",
    "ex.predict.so_far": "目前得分：{score} / {best}。",
    "ex.predict.final": "最終得分：{score} / {best}。",
    "ex.predict.next": "下一輪",
    "ex.predict.again": "再玩一次",
    "ex.predict.explained": "第 {k} 步是怎麼算出來的",
    "pg.verdict.diverged": "在第 {step} 步**發散**。",
    "pg.verdict.converged": (
        "在第 {step} 步**收斂**：此後一直位於某個最小值的 {radius:.2g} 範圍內。"
    ),
    "pg.verdict.converged_unknown_minimum": (
        "在第 {step} 步**穩定下來**：此後每步位移都小於 {radius:.2g} ÷ 100。"
    ),
    "pg.verdict.oscillating": (
        "**仍在震盪**：{coordinate} 一直在 {low:.3g} 與 {high:.3g} 之間來回跳動（最後 {window} "
        "步）。"
    ),
    "pg.verdict.stalled": (
        "**停滯**：每步位移已縮小到 {last:.2g}，距離最近的最小值卻還有 {distance:.3g}。"
    ),
    "pg.verdict.moving": "**仍在前進**：{window} 步之後，距離最近的最小值還有 {distance:.3g}。",
    "pg.verdict.moving_unknown_minimum": "{window} 步之後**仍在前進**。",
    "pg.final_f": "最終 f(x)",
    "pg.distance": "與最近最小值的距離",
    "pg.diverged": ("{why}路徑只畫到第 {last} 步；請試試較小的 η（目前為 {lr:g}）。"),
    "pg.diverged_nonfinite": "迭代點溢位成無窮大，或變成了 NaN。",
    "pg.diverged_bound": "某個座標超過了 ±{bound:g}：路徑已經遠遠離開曲面。",
    "pg.inside": "優化器內部",
    "pg.section": "細看這次執行",
    "pg.chart_f": "f(xₜ)",
    "pg.chart_state": "狀態：{names}",
    "pg.chart_effective": "各座標的{name}",
    "pg.step_size_name": "步長",
    "pg.step_taken_name": "實際位移 |Δxᵢ|",
    "pg.chart_delta": "每步位移 ‖Δxₜ‖",
    "chart.reaches_zero": "第 {step} 步時為 0（對數軸無法顯示 0）",
    "pg.coord_x": "x",
    "pg.coord_y": "y",
    "pg.explain": "解說第 k 步",
    "pg.explain_k": "第 k 步",
    "pg.explain_intro": "第 {k} 步的更新與實際數字，逐一列出各座標（x, y）：",
    "pg.sentence.shared": (
        "兩個座標的步長相同（{size_x:.5g}）：梯度的兩個分量相差 {g_fold:.3g} 倍（|g| = {gx:.4g} 與 "
        "{gy:.4g}），實際位移相差 {step_fold:.3g} 倍（|Δ{x}| = {dx:.5g}，|Δ{y}| = {dy:.5g}）。"
    ),
    "pg.sentence.own": (
        "每個座標各有自己的步長（{x} 為 {size_x:.5g}，{y} 為 {size_y:.5g}）：梯度的兩個分量相差 "
        "{g_fold:.3g} 倍（|g| = {gx:.4g} 與 {gy:.4g}），實際位移相差 {step_fold:.3g} 倍（|Δ{x}| = "
        "{dx:.5g}，|Δ{y}| = {dy:.5g}）。"
    ),
    "pg.sentence.own_equal": (
        "每個座標各有自己的步長（{x} 為 {size_x:.5g}，{y} 為 {size_y:.5g}）：梯度的兩個分量相差 "
        "{g_fold:.3g} 倍（|g| = {gx:.4g} 與 {gy:.4g}），實際位移卻一樣大：|Δ{x}| = |Δ{y}| = "
        "{dx:.5g}。"
    ),
    "explain.note.noise": "梯度雜訊：σ = {sigma} 乘以一次標準常態抽樣（亂數種子 {seed}）。",
    "explain.note.clip_value": "依數值裁剪：每個座標都被限制在 ±c 之內。",
    "explain.note.clip_norm": "依範數裁剪：長度超過 c 的梯度會被縮短為長度 c。",
    "explain.note.coupled_decay": (
        "權重衰減，耦合式：λx 併入梯度（L2 懲罰項），所以優化器本身的縮放也會作用在它上面。"
    ),
    "explain.note.decoupled_decay": (
        "權重衰減，解耦式：在這一步之前，先把點往 0 縮小；優化器完全看不到 λ。"
    ),
    "explain.note.schedule": "這一步的學習率，取自學習率排程。",
    "explain.note.nesterov": (
        "Nesterov 的前瞻：這一步沿著 g + μb 前進，也就是梯度，加上動量即將把點帶往的方向。"
    ),
    "explain.note.amsgrad": "AMSGrad 保留至今最大的 v，所以除數永遠不會縮小。",
    "explain.note.eps_hat": (
        "Keras 和 TensorFlow 1 把兩個偏差修正都併入 α，並把 ε 加在未修正的 √v 上（「ε-hat」）。"
    ),
    "explain.note.radam_sgd": (
        "ρ = {rho} ≤ 5：步數太少，還無法估計自適應尺度 1/√v 的變異數，"
        "所以 RAdam 走一步單純的動量步。"
    ),
    "explain.note.radam_adaptive": "ρ = {rho} > 5：變異數已經可以信任；以 r 縮放 Adam 的這一步。",
    "explain.note.lion_sign": "只看符號：每個座標都恰好移動 η。",
    "explain.note.schedule_free_keras": "Keras 用 y 和剛更新的 z 重新算出前一步的平均。",
    "explain.note.schedule_free_weights": (
        "z 以權重 c 加入平均：c 是至今最大 η 的平方，除以 S，"
        "也就是到目前為止每一步這個平方的總和（沒有暖身時 c = 1/k）。"
    ),
    "pg.prev_step": "上一步",
    "pg.next_step": "下一步",
    "pg.export": "匯出",
    "pg.csv": "軌跡與狀態（CSV）",
    "pg.names_table": "各框架中的名稱",
    "pg.share": "分享此畫面",
    "pg.share_help": (
        "這個連結能完整重現此畫面（所有控制項都在其中）。網址列中也是同一個畫面；複製按鈕在右側。"
    ),
    "pg.chart_f_shifted": "f(xₜ) − f(x*)",
    "pg.solid": "實線",
    "pg.dashed": "虛線",
    "pg.dotted": "點線",
    "pg.html": "動畫存成單一 HTML 檔（可離線播放）",
    "pg.html_title": "{run} 於 {surface}：優化器實驗室",
    "pg.code_torch": "PyTorch 程式碼",
    "pg.code_keras": "Keras 程式碼",
    "pg.code_keras_none": "Keras 3 沒有 {optimizer}，所以這次執行沒有對應的 Keras 程式碼。",
    "nav.compare": "比較",
    "cmp.title": "比較",
    "cmp.caption": (
        "讓多個優化器在同一個曲面上從同一個起點賽跑、掃描某個超參數，或一次從整片網格的起點出發。"
        "點一下圖中任何位置，就從那裡出發。每個控制項都是連結的一部分。"
    ),
    "cmp.scenarios": "情境（每個都是連結）",
    "cmp.mode": "模式",
    "cmp.mode.race": "賽跑",
    "cmp.mode.sweep": "掃描一個設定",
    "cmp.mode.swarm": "一群起點",
    "cmp.optimizers": "優化器（2 到 6 個）",
    "cmp.optimizers_bad": "連結中的 optimizers={value!r}：{reason}。改用 {used}。",
    "cmp.optimizers_unknown": "{names} 不是優化器",
    "cmp.optimizers_too_many": "一次最多 {maximum} 個",
    "cmp.optimizers_few": "請至少選兩個優化器來賽跑。",
    "cmp.settings_of": "{name} 的設定",
    "cmp.zoom": "在最小值附近放大（倍數）",
    "cmp.tol": "f − f* 的容許誤差",
    "cmp.sweep_param": "要掃描的超參數",
    "cmp.sweep_values": "數值（以逗號分隔）",
    "cmp.sweep_values_help": (
        "數字，例如 0.01, 0.1, 1e-3；掃描慣例時則填 pytorch, keras, tf1, d2l。最多 8 個。"
    ),
    "cmp.sweep_values_bad": "{value!r} 無法掃描：{reason}",
    "cmp.sweep_none": "沒有可掃描的數值：請輸入兩個以上，以逗號分隔。",
    "cmp.optimizers_empty": "其中沒有任何最佳化器",
    "cmp.sweep_param_missing": "{optimizer} 沒有這個設定",
    "cmp.sweep_values_none": "{values!r} 中沒有可掃描的值；改為掃描 {used}",
    "cmp.scenario_unknown": (
        "連結中的 scenario={value!r} 不是上面的任何一個情境；頁面不帶情境顯示。"
    ),
    "pg.domain_bad_values": (
        "繪圖範圍需要 x 起點 < x 終點、y 起點 < y 終點（連結給出 x {x_min:g} 到 "
        "{x_max:g}，y {y_min:g} 到 {y_max:g}）；改用 −2 到 2。"
    ),
    "cmp.sweep_overridden": "上方那個被掃描的超參數控制項不會被使用：每次執行都從清單中取值。",
    "cmp.grid": "起點網格（n × n）",
    "cmp.swarm_map": "地圖顯示",
    "cmp.swarm_map.final_gap": "最終 f − f*",
    "cmp.swarm_map.basin": "到達的最小值",
    "cmp.swarm_map.steps": "達到容許誤差的步數",
    "cmp.swarm_caption": "每個優化器在繪圖範圍內取 {n} × {n} = {count:,} 個起點，各走 {steps} 步。",
    "cmp.basin.none": "尚未到達最小值",
    "cmp.basin.diverged": "發散",
    "cmp.basin.minimum": "最小值 {i} ({x:.3g}, {y:.3g})",
    "cmp.leaderboard": "排行榜",
    "cmp.col.run": "執行",
    "cmp.col.final_gap": "最終 f − f*",
    "cmp.col.final_f": "最終 f",
    "cmp.col.distance": "與最近最小值的距離",
    "cmp.col.distance_short": "距離",
    "cmp.col.steps_to_tol": "達到 f − f* ≤ {tol:g} 的步數",
    "cmp.col.steps_short": "步數",
    "cmp.never": "未達到",
    "cmp.diverged_at_cell": "第 {step} 步發散",
    "cmp.diverged_count": "{total:,} 個中有 {count:,} 個發散",
    "cmp.chart_f": "各次執行的 f(xₜ) − f*",
    "cmp.chart_f_plain": "各次執行的 f(xₜ)",
    "cmp.chart_effective": "各座標的有效步長（逐次執行）",
    "cmp.chart_sweep": "最終 f − f* 隨 {param} 的變化",
    "cmp.scenario_intro": "情境",
    "scenario.adagrad_rmsprop": "橢圓上的 AdaGrad 對 RMSProp",
    "scenario.adagrad_rmsprop.text": (
        "AdaGrad 把 η 除以至今所有梯度平方**總和**的平方根，因此它的有效步長只會變小："
        "在平坦的 x 方向上，它慢得像在爬。"
        "RMSProp 則改用**指數加權移動平均**（大約涵蓋最近 1/(1−γ) = 10 步），所以當梯度變小時，"
        "它的步長會回升。請比較下方兩張有效步長圖。"
    ),
    "scenario.momentum_valley": "Rosenbrock 山谷中的 SGD、Momentum 與 Nesterov",
    "scenario.momentum_valley.text": (
        "谷底又長又幾乎平坦，谷壁卻很陡。單純的 SGD 必須把 η 設得夠小才能應付谷壁，"
        "於是只能沿著谷底慢慢爬；動量則會把沿著谷底方向那股微小而一致的推力累積起來。"
        "Nesterov 會往前多看一步，比較少衝上谷壁。"
    ),
    "scenario.adam_adamw": "Adam 對 AdamW（含權重衰減）",
    "scenario.adam_adamw.text": (
        "兩者都用 λ = 0.5。Adam 把 λx 加到梯度上（L2 懲罰項），之後它又被逐座標的縮放改變形狀；"
        "AdamW 則在自適應的一步之外，直接把權重縮小 ηλx。同樣的 λ 會把兩者拉向不同的點。"
    ),
    "scenario.eps_placement": "梯度極小時，ε 放在平方根內還是外",
    "scenario.eps_placement.text": (
        "PyTorch 除以 √s + ε，Keras 和 d2l 則除以 √(s + ε)。"
        "當 g² 和 ε 差不多小時（這裡是在最小值附近，ε = 10⁻⁴，放大 100×），"
        "把 ε 放在根號內會大幅壓縮步長，所以同樣的設定收斂得更慢。"
    ),
    "scenario.rmsprop_gamma": "γ = 0.5、0.9 與 0.99 的 RMSProp",
    "scenario.rmsprop_gamma.text": (
        "γ 決定 RMSProp 記住梯度平方多久：大約 1/(1−γ) 步，也就是 2、10 或 100 步。記憶短，"
        "步長就跳動劇烈；記憶長，步長平滑，但反應遲緩。"
    ),
    "scenario.adam_relatives": "η 相同的 Adam 與它的五個變體",
    "scenario.adam_relatives.text": (
        "Adam、NAdam、RAdam、Adamax、Lion 與無排程 AdamW 都用 η = 0.1，在旋轉的橢圓上執行。"
        "Lion 最先接近最小值，因為每個座標每步都移動 η，但它無法穩定下來：最後幾步仍然有 η 那麼長。"
        "RAdam 一開始走單純的動量步，直到它的變異數估計值可以信任為止；"
        "Adamax 除以 |g| 一個緩慢衰減的最大值，所以會慢下來；無排程 AdamW 顯示的是一個落在自己步伐"
        "後面的平均。"
    ),
    "scenario.himmelblau_basins": "哪一個最小值？Himmelblau 函數的吸引盆",
    "scenario.himmelblau_basins.text": (
        "一次同時執行 50 × 50 個起點。每個像素依它的起點最後到達的最小值著色："
        "不同優化器的吸引盆地圖並不相同，因為動量和自適應步長會把點帶過山脊。"
    ),
    "nav.neural_network": "神經網路",
    "nn.title": "神經網路：手寫數字",
    "nn.lead": (
        "一個小型網路（64 個像素 → ReLU 隱藏層 → 10 個類別，softmax 交叉熵）學習辨識 8 × 8 "
        "的手寫數字。它的權重矩陣由與二維頁面相同的優化器程式碼更新。預設值沿用 Keras 的 MNIST "
        "教學：Keras 的 RMSprop，η = 0.001，ρ = 0.9，批次大小 128，512 個隱藏單元。"
        "最多可再加入三個優化器：它們都從相同的初始權重出發，看到的批次也都相同。"
    ),
    "nn.optimizers": "優化器（1 到 4 個）",
    "nn.epochs": "訓練週期數（epoch）",
    "nn.seed": "亂數種子（初始權重與批次順序）",
    "nn.batch": "批次大小",
    "nn.hidden": "隱藏單元數",
    "nn.none": "請至少選一個優化器。",
    "nn.only_here.muon": (
        "Muon 會把權重矩陣的更新正交化。二維曲面上的一個點沒有矩陣可以正交化，"
        "所以 Muon 只在這裡執行：它訓練隱藏層的權重，偏差（bias）"
        "和輸出層則由 AdamW（η {lr:g}，λ {weight_decay:g}）訓練，這是 PyTorch 文件建議的做法。"
    ),
    "nn.training": "訓練中…",
    "nn.training_epoch": "正在訓練 {name}：第 {epoch} / {epochs} 個訓練週期",
    "nn.trained": "訓練耗時 {seconds:.1f} 秒（結果會保留：把控制項改回原值會立即顯示）。",
    "nn.epoch": "訓練週期",
    "nn.chart_loss": "測試損失（交叉熵）",
    "nn.chart_accuracy": "測試準確率（%）",
    "nn.metric": "測試準確率",
    "nn.diverged": "在第 {epoch} 個訓練週期中發散：權重溢位了。請試試較小的 η。",
    "nn.misclassified": "{name} 認錯的數字（{total} 張測試影像中有 {count} 張）",
    "nn.wrong_caption": "是 {truth}，被認成 {guess}",
    # issue 16.3: learning-rate range test
    "rt.title": "學習率範圍測試",
    "rt.lead_surface": (
        "從同一起點執行 {steps} 步，η 從 {low} 指數成長到 {high}："
        "η_k = η_min·(η_max/η_min)^(k/(T−1))。"
        "圖中是每一步之後的 f 對該步 η 的曲線，以移動平均平滑（β = 0.98，含偏差校正），"
        "畫到損失爆炸（超過最佳值的 4 倍）為止。給出兩個建議的 η：平滑損失下降最快處，"
        "以及其最小值處的 η 除以 10。"
    ),
    "rt.lead_network": (
        "從相同的初始權重訓練 {steps} 個小批次步，η 從 {low} 指數成長到 {high}。"
        "圖中是下一個小批次的損失對前一步 η 的曲線，以移動平均平滑（β = 0.98，含偏差校正），"
        "畫到損失爆炸（超過最佳值的 4 倍）為止。給出兩個建議的 η：平滑損失下降最快處，"
        "以及其最小值處的 η 除以 10。"
    ),
    "rt.optimizer": "要測試的最佳化器",
    "rt.axis_lr": "η（對數刻度）",
    "rt.axis_loss_surface": "該步之後的 f",
    "rt.axis_loss_network": "小批次損失",
    "rt.raw": "損失",
    "rt.smoothed": "平滑後的損失",
    "rt.steepest": "下降最快：η = {lr}",
    "rt.minimum": "最小值 ÷ 10：η = {lr}",
    "rt.diverged": "已爆炸",
    "rt.link_steepest": "以 η = {lr} 執行（下降最快）",
    "rt.link_minimum": "以 η = {lr} 執行（最小值 ÷ 10）",
    "rt.no_suggestion": "損失從第一步起就不是有限值：無法建議 η。請試更小的範圍。",
    "rt.no_divergence": "直到 η = {high} 損失都沒有爆炸：最小值可能在更遠處。",
    "rt.seconds": "用時 {seconds:.2f} 秒（結果會保留）。",
    "nav.theory": "理論",
    "th.title": "理論",
    "th.caption": (
        "實驗室背後的規則，依照各框架實際的計算方式寫出，"
        "並附上由與其他頁面相同的引擎即時執行的小實驗。下方的優化器、"
        "梯度序列與 γ 都是頁面連結的一部分。"
    ),
    "th.rules": "更新規則、狀態與預設值",
    "th.notation": (
        "符號：xₜ 是第 t 步之後的參數，gₜ 是第 t 步所用的梯度，η 是學習率。平方、"
        "平方根與除法都對每個座標分別計算，因此下面每個自適應方法都會給每個參數各自的步長。"
    ),
    "th.optimizer": "優化器",
    "th.optimizer_help": "所選的項目會寫進連結：/theory?optimizer=rmsprop 會開啟 RMSProp。",
    "th.name.sgd": "SGD（單純的梯度下降）",
    "th.name.momentum": "Momentum（重球法）",
    "th.name.nesterov": "Nesterov 動量",
    "th.name.adagrad": "AdaGrad",
    "th.name.rmsprop": "RMSProp",
    "th.name.adadelta": "Adadelta",
    "th.name.adam": "Adam",
    "th.name.adamw": "AdamW",
    "th.name.nadam": "NAdam",
    "th.name.radam": "RAdam",
    "th.name.adamax": "Adamax",
    "th.name.lion": "Lion",
    "th.name.schedule_free_adamw": "無排程 AdamW",
    "th.name.muon": "Muon",
    # in legends, where the run's settings follow the name
    "th.short.sgd": "SGD",
    "th.short.momentum": "Momentum",
    "th.idea.sgd": (
        "沿著梯度的反方向移動，乘上 η，什麼都不記住。曲面陡的地方步伐長，平的地方步伐短，"
        "而且單一個 η 必須適用於所有方向：它要小到足以應付最陡的方向，"
        "結果在最平坦的方向上進展緩慢。"
    ),
    "th.idea.momentum": (
        "沿著過去梯度的累積和前進，越舊的梯度權重越小（每一步都把這個和乘上 μ）。"
        "當連續的梯度方向一致時，累積和會增加到約為單一梯度的 1/(1 − μ) 倍，於是越走越快；"
        "當它們正負交替時（例如橫越狹窄的山谷），就會互相抵消，來回的鋸齒擺盪因而被抑制。"
    ),
    "th.idea.nesterov": (
        "帶有修正的動量：每一步在 μ 乘以「已更新」緩衝區之上，再加上新的梯度；"
        "這正是在動量即將把點帶到的位置計算梯度、再把式子改寫後得到的形式。"
        "它比一般動量早一步察覺衝過頭。在各框架都採用的這種形式中，梯度仍是在目前的點上計算。"
    ),
    "th.idea.adagrad": (
        "讓每個座標擁有各自的步長：把 η 除以該座標至今所有梯度平方和的平方根。"
        "一直遇到大梯度的座標走小步；很少更新的座標則保持大步。這個和只會增加，"
        "所以每個步長都只會縮小：這對凸問題和稀疏特徵有幫助，在長時間的非凸訓練中卻有害。"
    ),
    "th.idea.rmsprop": (
        "帶有漸忘記憶的 AdaGrad：梯度平方和改為指數加權移動平均，"
        "因此除數會跟著梯度最近的大小變化（大約是最近 1/(1 − γ) 步）。步長可以先下降再回升，"
        "而不是一路衰減下去。Tieleman 與 Hinton 在 2012 年的一堂課中提出這個方法；"
        "它從未以論文形式發表。"
    ),
    "th.idea.adadelta": (
        "把 RMSProp 中的 η 換成第二個移動平均：先前各次更新量的均方根。如此一來，"
        "更新量的單位與 x 相同，原始規則中完全沒有學習率；"
        "不過各框架仍會再乘上 η（PyTorch 預設的 η = 1 即為原始版本）。"
    ),
    "th.idea.adam": (
        "同時結合動量與 RMSProp：梯度的移動平均 m（方向），除以梯度平方的移動平均 v（尺度）"
        "的平方根。兩個平均都從零開始，在最初幾步會偏小，所以各自除以 1 − βᵗ。如此一來，"
        "不論梯度的尺度如何，每個座標每步大約移動 η。"
    ),
    "th.idea.adamw": (
        "把權重衰減從梯度中拿出來的 Adam。在 Adam 中，"
        "加到梯度上的衰減項 λx 會和其餘部分一樣被 √v 除，因此梯度大的權重幾乎不會衰減。"
        "AdamW 在自適應縮放之外，直接把每個權重縮小 ηλx，讓衰減如預期般作用，"
        "而且 λ 可以與 η 分開調整。"
    ),
    "th.idea.nadam": (
        "帶有 Nesterov 前瞻的 Adam：這一步使用它即將擁有的動量 μₜ₊₁mₜ 再加上新的梯度，"
        "而不是只用 mₜ。動量係數 μₜ 依循一個排程：從 β₁ 的一半開始，逐漸升到 β₁，"
        "所以最初幾步比較依賴梯度本身。"
    ),
    "th.idea.radam": (
        "等到尺度可信才放手去走的 Adam。最初幾步中，v 只是極少數梯度平方的平均，"
        "除以它的平方根會讓步伐忽大忽小。RAdam 會衡量這個平均實際涵蓋了多少步（ρₜ）；"
        "在它超過 5 之前，RAdam 走單純的動量步，之後才切換成 Adam 的一步，"
        "再乘上一個逐漸增加到 1 的修正係數 rₜ。它取代了需要手動調整的學習率暖身。"
    ),
    "th.idea.adamax": (
        "使用無窮範數的 Adam：除數不再是均方的平方根，而是 |g| 一個緩慢衰減的最大值。"
        "一個特別大的梯度會在很長一段時間內決定尺度，而且這個最大值不需要偏差修正。"
    ),
    "th.idea.lion": (
        "只保留符號：每個座標都恰好移動 η，方向取動量與新梯度內插值的符號。"
        "它是透過對更新規則的自動化搜尋找到的（Chen 等人，2023）。它只保存一個陣列，Adam 則要兩個；"
        "所需的 η 比 AdamW 小 3 到 10 倍。"
    ),
    "th.idea.schedule_free_adamw": (
        "不必選擇學習率排程：由一個經 Adam 縮放的序列 z 負責走每一步，"
        "畫面上顯示的點 x 是至今所有 z 的平均，梯度則在兩者之間的 y 上計算。"
        "平均的作用就像逐漸衰減的 η，卻不需要事先知道訓練會進行多久。"
    ),
    "th.every_convention": "所有慣例皆同（PyTorch、Keras 3、TensorFlow 1、d2l）",
    "th.conv.pytorch": "PyTorch",
    "th.conv.keras": "Keras 3",
    "th.conv.tf1": "TensorFlow 1",
    "th.conv.d2l": "d2l",
    "th.note.momentum_tau": (
        "τ 是 PyTorch 的 dampening（阻尼）；TensorFlow 1 和 d2l 沒有這個參數（τ = 0）。"
    ),
    "th.note.momentum_keras": (
        "Keras 保存的是速度 v = −ηb，單位與 x 相同。η 固定時路徑相同；使用學習率排程時就不同了，"
        "因為這時 η 位於緩衝區之內。"
    ),
    "th.note.adagrad_torch": "δ 是 lr_decay（預設為 0，所以 ηₜ = η）。ε 加在平方根之後。",
    "th.note.adagrad_keras": (
        "ε 加在平方根之內；TensorFlow 1 完全沒有 ε（ε = 0）。"
        "累加器從 s₀ = initial_accumulator_value 開始，在 Keras 和 TensorFlow 1 中為 0.1，"
        "其他為 0。"
    ),
    "th.note.rmsprop_tf1": (
        "只有 TensorFlow 1 把均方的初始值設為 1，使它最初幾步非常小（見下方的陷阱）。"
    ),
    "th.note.adadelta": (
        "每個框架都把 γ 稱為 rho。u 從 0 開始，所以最初的更新量約為 g 的 √ε/√(s + ε) 倍："
        "Adadelta 起步很慢，隨著 u 增大才加速。"
    ),
    "th.note.adam_eps_hat": (
        "「ε-hat」形式：偏差修正被移到 η 上，ε 則加在未修正的 √vₜ 上。它和 PyTorch 的規則相同，"
        "只是初期的 ε 較大（見下方的陷阱）。"
    ),
    "th.note.adamw_hats": "m̂ₜ 和 v̂ₜ 與 Adam 一樣經過偏差修正；梯度 gₜ 不再包含 λx。",
    "th.note.adamw_tf1": (
        "tf.contrib.opt.AdamWOptimizer 把權重乘以 1 − λ，不含 η："
        "同樣的 λ 衰減得比其他框架強烈得多。"
    ),
    "th.note.nadam_keras": (
        "Keras 的動量排程是 0.96ᵗ，而不是 ψ = 0.004 時的 0.96^(tψ)，所以 μₜ 在幾十步之內就達到 β₁，"
        "而不是要等上幾千步。"
    ),
    "th.note.decoupled_flag": (
        "PyTorch 使用第一種形式（λx 併入梯度，即 L2 懲罰項），除非設定 "
        "decoupled_weight_decay=True，這時改用第二種形式，與 AdamW 相同。"
    ),
    "th.note.lion_decoupled": (
        "Lion 一律直接縮小權重。lion-pytorch 的 decoupled_weight_decay=True 會把 λ 除以初始的 η"
        "（第二種形式），因此衰減不再隨 η 一起縮小。"
    ),
    "th.note.schedule_free_keras": (
        "Keras 對每個 z 給予相同的權重（cₜ = 1/t），在這一步之前衰減它的變數 y，"
        "並用 y 和剛更新的 z 重新算出前一步的平均（Keras 3.15，torch 後端）。因此即使設定相同，"
        "它的路徑也和 PyTorch 不同。"
    ),
    "th.variant.centered.title": "變體：centered=True",
    "th.variant.centered": (
        "另外也保存梯度本身的移動平均 ḡ，並在根號內減去它的平方。如此一來，"
        "除數估計的是梯度的變異數，而不是均方，所以穩定、一致的梯度會被除以較小的數。"
        "d2l 沒有這個選項。"
    ),
    "th.variant.rms_momentum.title": "變體：動量 μ > 0",
    "th.variant.rms_momentum": (
        "在縮放後的梯度之上再加一個重球緩衝區 b。PyTorch 在更新時才乘上 η，"
        "Keras 和 TensorFlow 1 則在緩衝區內乘（η 固定時路徑相同）。"
    ),
    "th.variant.amsgrad.title": "變體：amsgrad=True",
    "th.variant.amsgrad": (
        "更新時使用至今見過最大的 v，而不是目前的 v，因此座標的除數永遠不會縮小，"
        "梯度大小突然下降也不會造成過大的一步。TensorFlow 1 沒有這個選項。"
    ),
    "th.weight_decay_title": "各慣例中的權重衰減 λ",
    "th.weight_decay_text": (
        "PyTorch、TensorFlow 1 和 d2l 在優化器看到梯度之前就把 λx 加進梯度（L2 懲罰項，"
        "「耦合式」），所以自適應優化器會像處理其餘梯度一樣重新縮放它。"
        "Keras 3 則對所有優化器都在每一步之前直接縮小權重（「解耦式」）。"
        "AdamW 在所有框架中都是解耦式。"
    ),
    "th.state": "每個參數保存的狀態",
    "th.state.sgd": "無：每一步只用目前的梯度。",
    "th.state.momentum": (
        "一個緩衝區 **b**（在 Keras 中是速度 **v** = −ηb）：過去梯度的衰減累積和。"
        "多一個與參數同樣大小的陣列。"
    ),
    "th.state.nesterov": "一個緩衝區 **b**（在 Keras 中是 **v**），與 Momentum 完全相同。",
    "th.state.adagrad": "一個累加器 **s**：s₀ 加上至今每個梯度平方的總和。它永遠不會減少。",
    "th.state.rmsprop": (
        "一個均方 **s**。centered=True 時還有平均梯度 **ḡ**；動量 μ > 0 時還有緩衝區 **b**："
        "最多三個與參數同樣大小的陣列。"
    ),
    "th.state.adadelta": "兩個移動平均：梯度平方的 **s**，以及更新量平方的 **u**。",
    "th.state.adam": (
        "兩個動差 **m**（平均梯度）與 **v**（平均梯度平方），以及偏差修正用的步數 t。"
        "amsgrad=True 時還有 **v_max**，即至今最大的 v。"
    ),
    "th.state.adamw": (
        "與 Adam 相同：**m** 和 **v**（amsgrad=True 時還有 **v_max**）。權重衰減不需要狀態。"
    ),
    "th.state.nadam": "與 Adam 相同：**m** 和 **v**，再加上動量係數 μ 的連乘積 **Π**（一個數）。",
    "th.state.radam": "與 Adam 相同：**m** 和 **v**，以及決定 ρₜ 的步數 t。",
    "th.state.adamax": "**m**（平均梯度）與 **u**（|g| 的衰減最大值）。",
    "th.state.lion": "一個動量 **m**：記憶體只有 Adam 的一半。",
    "th.state.schedule_free_adamw": (
        "基礎序列 **z**、計算梯度的點 **y** 與均方 **v**，再加上各平均權重的總和（一個數）；"
        "顯示的點 x 就是這個平均本身。"
    ),
    "th.defaults": "各慣例的預設值",
    "th.defaults_caption": (
        "直接從引擎讀取，所以和其他頁面執行時所用的完全一樣。— 表示該框架沒有這個設定。"
        "實驗場則讓每個優化器從各自的 η 開始，這些 η 經過挑選，讓路徑在一百步之內就看得出移動。"
    ),
    "th.absent": "—",
    "th.not_in_framework": "未提供",
    "th.true": "True",
    "th.false": "False",
    "th.col.hyper": "超參數",
    "th.col.keyword": "引擎參數名",
    "th.names": "各框架中的名稱",
    "th.names_caption": (
        "同一個超參數在各框架中的參數名稱（d2l：書中的符號）。左邊是引擎的參數名；"
        "— 表示該框架沒有這個參數。"
    ),
    "th.avr": "AdaGrad 對 RMSProp：總和還是移動平均",
    "th.avr_text": (
        "兩者都把 η 除以梯度平方的某個累積量 s 的平方根；差別只在於 s 如何遺忘。"
        "**AdaGrad** 把每個 g² 加進總和，所以 s 只會增加，有效步長 η/(√s + ε) 只會縮小："
        "即使梯度固定不變，它也會像 1/√t 一樣縮小，"
        "而一陣大梯度就會讓它在整個剩餘的訓練中都維持偏低。**RMSProp** 則改用指數加權移動平均："
        "展開來看，k 步之前的梯度權重是 γᵏ，這些權重加總為 1/(1 − γ)，"
        "所以 s 的表現就像最近大約 1/(1 − γ) 步的平均。它會跟著梯度最近的大小變化，大梯度一過去，"
        "步長就會回升。"
    ),
    "th.avr_sequence": "梯度序列",
    "th.sequence.constant": "固定",
    "th.sequence.decaying": "遞減",
    "th.sequence.burst": "突增",
    "th.sequence.noise": "雜訊",
    "th.avr_gamma": "RMSProp 的衰減率 γ",
    "th.seq.constant": (
        "constant（固定）：每一步 gₜ = 1。什麼都沒變，AdaGrad 的步長卻仍像 1/√t 一樣持續縮小；"
        "RMSProp 的步長一開始較大（它的 s 從 0 開始），之後穩定在 η。"
    ),
    "th.seq.decaying": (
        "decaying（遞減）：gₜ = 0.97ᵗ⁻¹，就像訓練接近最小值時那樣。AdaGrad 的總和會收斂，"
        "所以它的步長凍結不動；RMSProp 的均方跟著梯度一起下降，所以它的步長變大，"
        "而每步實際移動的距離（步長 × g）維持在 η 附近。"
    ),
    "th.seq.burst": (
        "burst（突增）：gₜ = 1，但第 61 到 70 步為 10。AdaGrad 永遠忘不了這陣突增；"
        "RMSProp 的步長在突增期間下降，之後在數倍 1/(1 − γ) 步之內恢復。"
    ),
    "th.seq.noise": (
        "noise（雜訊）：gₜ 取自標準常態分布（固定的亂數種子）。AdaGrad 的步長穩定地縮小；"
        "RMSProp 的步長在 η 附近波動，因為它的 s 跟著雜訊的均方（1）。"
    ),
    "th.avr_setup": (
        "兩個優化器都以 PyTorch 慣例在單一參數上執行 {steps} 步，"
        "η = {lr:g}（AdaGrad 的 ε = {eps_adagrad:g}，RMSProp 的 ε = {eps_rmsprop:g}）；"
        "不論 x 在哪裡，第 t 步的梯度都是序列中的 gₜ。γ = {gamma:g} 時，"
        "RMSProp 大約記住最近 1/(1 − γ) ≈ {window:.3g} 步。"
    ),
    "th.chart_gradient": "梯度 gₜ",
    "th.chart_effective": "有效步長 η / (√sₜ + ε)，對數尺度",
    "th.avr_result": (
        "在第 {steps} 步，AdaGrad 的有效步長為 {adagrad:.3g}，"
        "是它至今最小步長的 **{adagrad_ratio:.3g}×**；RMSProp 的有效步長為 {rmsprop:.3g}，"
        "是它至今最小步長的 **{rmsprop_ratio:.3g}×**。"
    ),
    "th.pitfalls": "在框架之間移植時的陷阱",
    "th.pitfalls_intro": (
        "優化器名稱相同、超參數相同，數字卻不同：以下是框架之間的三個差異，"
        "每一個都由引擎在單一參數、固定梯度下實際測量。"
    ),
    "th.pit_eps": "ε 放在哪裡",
    "th.pit_eps_text": (
        "PyTorch 把 ε 加在平方根之後；Keras 3、TensorFlow 1 和 d2l 則加在根號內。對一般大小的梯度，"
        "兩者的步長相同。一旦 g² 與 ε 相當，起作用的就是 ε 的平方根：√(s + ε) 至少是 √ε，"
        "遠大於 ε 本身，所以在相同的 η、γ 和 ε 下，把 ε 放在根號內的慣例，步長會短得多。"
        "請看最後一欄如何隨著梯度縮小而下降。"
    ),
    "th.pit_eps_setup": (
        "各慣例都使用 RMSProp，η = {lr:g}，γ = {gamma:g}，ε = {eps:g}，梯度固定為第一欄的大小；"
        "表中為第 {steps} 步的每步位移 |xₜ − xₜ₋₁|。"
    ),
    "th.col.gradient": "梯度 g",
    "th.col.step_in": "每步位移，{convention}",
    "th.col.ratio": "Keras 3 ÷ PyTorch",
    "th.pit_tf1": "TensorFlow 1 的 RMSProp 把均方初始值設為 1",
    "th.pit_tf1_text": (
        "tf.compat.v1.train.RMSPropOptimizer 把 s 初始化為 1，而不是 0。當梯度遠小於 1 時，"
        "s 會在很長一段時間內停留在 1 附近，所以最初幾步只有約 η·|g| 長，而 PyTorch（以及 Keras 3）"
        "的步長至少是 η。要等到 γᵗ 衰減到約 g²，也就是大約 ln(1/g²)/(1 − γ) 步之後，差距才會消失。"
        "從 TensorFlow 1 移植過來的程式碼，可能需要更大的 η 或更多步數。"
    ),
    "th.pit_tf1_setup": (
        "兩種慣例都使用 RMSProp，η = {lr:g}，γ = {gamma:g}，ε = {eps:g}，梯度固定為 g = {g:g}，"
        "共 {steps} 步。"
    ),
    "th.chart_step_length": "每步位移 |xₜ − xₜ₋₁|，對數尺度",
    "th.pit_tf1_result": (
        "第 1 步：TensorFlow 1 移動 **{tf1:.3g}**，PyTorch 移動 **{torch:.3g}**，"
        "是前者的 {ratio:.0f} 倍。TensorFlow 1 的步長要到第 **{half}** 步，"
        "才首次達到 PyTorch 的一半。"
    ),
    "th.pit_adam": "Keras 的「ε-hat」Adam 對 PyTorch 的 Adam",
    "th.pit_adam_text": (
        "Keras 3 和 TensorFlow 1 把 Adam 的偏差修正併入步長 η√(1 − β₂ᵗ)/(1 − β₁ᵗ)，"
        "並把 ε 加在未修正的 √vₜ 上（Adam 論文提到這種形式，並把這個 ε 稱為「ε-hat」）。"
        "PyTorch 和 d2l 則先修正 v，再把 ε 加到 √v̂ₜ 上。改寫成 PyTorch 的形式後，"
        "Keras 的 ε 相當於 ε/√(1 − β₂ᵗ)：當 β₂ = 0.999 時，第 1 步約大 32 倍，"
        "到第 1000 步仍大 1.26 倍。這只在 √v 沒有比 ε 大很多時才有影響，也就是梯度極小時；"
        "這時 Keras 最初幾步會短得多。"
    ),
    "th.pit_adam_setup": (
        "兩種慣例都使用 Adam，η = {lr:g}，ε = {eps:g}，β₁ = 0.9，β₂ = 0.999，梯度固定為 g = {g:g}，"
        "共 {steps} 步（步數軸為對數尺度）。"
    ),
    "th.col.step": "步數 t",
    "th.col.effective_eps": "以 PyTorch 形式表示的 Keras ε，ε/√(1 − β₂ᵗ)",
    "th.glance": "所有優化器一覽",
    "th.col.optimizer": "優化器",
    "th.col.idea": "核心概念",
    "th.col.state": "每個參數的狀態",
    "th.col.strengths": "優點",
    "th.col.weaknesses": "缺點",
    "th.col.when": "適用時機",
    "th.glance.sgd.idea": "沿著梯度的反方向走一步，乘上 η。",
    "th.glance.sgd.state": "無",
    "th.glance.sgd.strengths": "最簡單、計算量最小；容易分析；搭配調好的排程時，泛化能力往往最好。",
    "th.glance.sgd.weaknesses": (
        "所有方向共用一個 η：在平坦方向上緩慢，在陡峭方向上不穩定；在高原和鞍點附近寸步難行。"
    ),
    "th.glance.sgd.when": "凸問題與小型問題、教學，以及搭配調好學習率排程的大型訓練。",
    "th.glance.momentum.idea": "沿著過去梯度的衰減累積和前進。",
    "th.glance.momentum.state": "b（1 個陣列）",
    "th.glance.momentum.strengths": "在梯度方向一致時走得更快；能抑制橫越狹窄山谷時的鋸齒擺盪。",
    "th.glance.momentum.weaknesses": "多一個要調的參數（μ）；可能衝過頭，在最小值附近繞圈。",
    "th.glance.momentum.when": "SGD 的標準升級版，例如卷積神經網路常用 μ = 0.9。",
    "th.glance.nesterov.idea": "動量，再以動量那一步之後的梯度加以修正。",
    "th.glance.nesterov.state": "b（1 個陣列）",
    "th.glance.nesterov.strengths": "比動量早一步察覺衝過頭；通常稍快也稍穩。",
    "th.glance.nesterov.weaknesses": "要調的參數與動量相同；梯度雜訊大時，優勢會縮小。",
    "th.glance.nesterov.when": "凡是會用到動量的地方。",
    "th.glance.adagrad.idea": "逐座標把 η 除以過去所有 g² 總和的平方根。",
    "th.glance.adagrad.state": "s（1 個陣列）",
    "th.glance.adagrad.strengths": "每個座標有各自的步長；罕見特徵保持大步長；η 幾乎不需要調。",
    "th.glance.adagrad.weaknesses": (
        "步長只會縮小，所以長時間訓練會停滯；一次大梯度就會讓該座標永久變慢。"
    ),
    "th.glance.adagrad.when": "具有稀疏特徵的凸問題（線性模型、罕見詞的嵌入）。",
    "th.glance.rmsprop.idea": "改用 g² 移動平均的 AdaGrad（記憶約 1/(1 − γ) 步）。",
    "th.glance.rmsprop.state": "s（1 個陣列）；centered 時加上 ḡ，有動量時加上 b",
    "th.glance.rmsprop.strengths": (
        "逐座標的步長可以雙向調整；能應付非凸、會變化的問題，也適用於任何梯度尺度。"
    ),
    "th.glance.rmsprop.weaknesses": (
        "沒有偏差修正：s 從 0 開始時最初幾步很長，在 TensorFlow 1 的 s₀ = 1 下則極短；"
        "ε 的位置與預設值因框架而異。"
    ),
    "th.glance.rmsprop.when": "遞迴神經網路與強化學習；任何 AdaGrad 停滯的時候。",
    "th.glance.adadelta.idea": "把 η 換成過去更新量均方根（RMS）的 RMSProp。",
    "th.glance.adadelta.state": "s、u（2 個陣列）",
    "th.glance.adadelta.strengths": "更新量與 x 的單位相同；幾乎沒有學習率需要調。",
    "th.glance.adadelta.weaknesses": (
        "起步慢（u 從 0 開始，所以最初幾步約為 √ε）；如今很少比 RMSProp 或 Adam 好。"
    ),
    "th.glance.adadelta.when": "想要一個不必調學習率的自適應方法時。",
    "th.glance.adam.idea": "動量（m）除以 RMSProp 的尺度（√v），兩者都經過偏差修正。",
    "th.glance.adam.state": "m、v（2 個陣列）；使用 AMSGrad 時加上 v_max",
    "th.glance.adam.strengths": (
        "大多數問題開箱即用；不論梯度的尺度如何，每個座標每步約移動 η；能處理雜訊與稀疏梯度。"
    ),
    "th.glance.adam.weaknesses": (
        "多兩個陣列；泛化能力可能不如調好的 SGD；L2 權重衰減會被重新縮放；ε 的慣例不同（ε-hat）。"
    ),
    "th.glance.adam.when": "深度網路與快速實驗的常見首選。",
    "th.glance.adamw.idea": "直接對權重施加權重衰減的 Adam。",
    "th.glance.adamw.state": "m、v（2 個陣列），與 Adam 相同",
    "th.glance.adamw.strengths": (
        "權重衰減如預期般作用，與梯度的尺度無關；λ 和 η 可以分開調整；"
        "泛化通常比使用 L2 的 Adam 好。"
    ),
    "th.glance.adamw.weaknesses": (
        "同 Adam；λ 的意義因框架而異（PyTorch 會把它乘上 η，TensorFlow 1 的 contrib 版本則不會）。"
    ),
    "th.glance.adamw.when": "使用權重衰減的訓練：Transformer 與微調的標準選擇。",
    "th.glance.nadam.idea": "帶有 Nesterov 前瞻、動量係數逐步上升的 Adam。",
    "th.glance.nadam.state": "m、v（2 個陣列）與一個數 Π",
    "th.glance.nadam.strengths": "相同 η 下通常比 Adam 稍快；對梯度尺度同樣穩健。",
    "th.glance.nadam.weaknesses": "多一個要了解的排程（ψ），而且 PyTorch 和 Keras 用的排程不同。",
    "th.glance.nadam.when": "Adam 可行、又希望稍微加速的時候。",
    "th.glance.radam.idea": "在變異數估計值可信之前先走動量步的 Adam。",
    "th.glance.radam.state": "m、v（2 個陣列）",
    "th.glance.radam.strengths": "不需要暖身排程，起步就很平穩；初期對 η 不像 Adam 那麼敏感。",
    "th.glance.radam.weaknesses": (
        "最初幾步是大小為 η·m̂ 的單純動量步，可能很大；只有 PyTorch 提供。"
    ),
    "th.glance.radam.when": "Adam 需要暖身才能穩定、而你又不想調整暖身的時候。",
    "th.glance.adamax.idea": "以 |g| 的衰減最大值取代均方的 Adam。",
    "th.glance.adamax.state": "m、u（2 個陣列）",
    "th.glance.adamax.strengths": "步長有上限（每個座標最多約 η）；u 不需要偏差修正。",
    "th.glance.adamax.weaknesses": "一個大梯度會讓步伐在很長一段時間內變小；很少比 Adam 好。",
    "th.glance.adamax.when": "稀疏或重尾的梯度，例如嵌入層。",
    "th.glance.lion.idea": "取動量與梯度混合值的符號：每個座標恰好移動 η。",
    "th.glance.lion.state": "m（1 個陣列）",
    "th.glance.lion.strengths": (
        "記憶體只有 Adam 的一半；步長已知；在大型視覺與語言模型上表現良好。"
    ),
    "th.glance.lion.weaknesses": (
        "永遠不會精確停下（步長始終為 η）；需要比 AdamW 更小的 η 和更大的 λ。"
    ),
    "th.glance.lion.when": "優化器記憶體很重要的大型模型。",
    "th.glance.schedule_free_adamw.idea": "在 z 上走 Adam 的步伐；顯示的點是至今所有 z 的平均。",
    "th.glance.schedule_free_adamw.state": "z、y、v（3 個陣列）與一個數",
    "th.glance.schedule_free_adamw.strengths": (
        "不必設計排程，也不必事先決定訓練長度；常能與調好的餘弦排程相當。"
    ),
    "th.glance.schedule_free_adamw.weaknesses": (
        "梯度在 y 而不是顯示的點上計算，所以模型必須在 x 上評估；"
        "PyTorch 和 Keras 對平均的加權方式不同。"
    ),
    "th.glance.schedule_free_adamw.when": "事先不知道要訓練幾步，或想省去調整排程的時候。",
    "th.refs": "參考文獻",
    "th.ref.tieleman": (
        "Tieleman, T. & Hinton, G. (2012). Lecture 6.5: rmsprop, divide the gradient by a running "
        "average of its recent magnitude. *Neural Networks for Machine Learning*, Coursera. "
        "[投影片](https://www.cs.toronto.edu/~tijmen/csc321/slides/lecture_slides_lec6.pdf)"
    ),
    "th.ref.duchi": (
        "Duchi, J., Hazan, E. & Singer, Y. (2011). Adaptive subgradient methods for online "
        "learning and stochastic optimization. *Journal of Machine Learning Research* 12, "
        "2121–2159. [JMLR](https://jmlr.org/papers/v12/duchi11a.html)"
    ),
    "th.ref.zeiler": (
        "Zeiler, M. D. (2012). ADADELTA: an adaptive learning rate method. "
        "[arXiv:1212.5701](https://arxiv.org/abs/1212.5701)"
    ),
    "th.ref.kingma": (
        "Kingma, D. P. & Ba, J. (2015). Adam: a method for stochastic optimization. *ICLR 2015*. "
        "[arXiv:1412.6980](https://arxiv.org/abs/1412.6980)"
    ),
    "th.ref.loshchilov": (
        "Loshchilov, I. & Hutter, F. (2019). Decoupled weight decay regularization. *ICLR 2019*. "
        "[arXiv:1711.05101](https://arxiv.org/abs/1711.05101)"
    ),
    "th.ref.dozat": (
        "Dozat, T. (2016). Incorporating Nesterov momentum into Adam. *ICLR 2016 workshop*. "
        "[OpenReview](https://openreview.net/forum?id=OM0jvwB8jIp57ZJjtNEZ)"
    ),
    "th.ref.liu": (
        "Liu, L. et al. (2020). On the variance of the adaptive learning rate and beyond. *ICLR "
        "2020*. [arXiv:1908.03265](https://arxiv.org/abs/1908.03265)"
    ),
    "th.ref.chen": (
        "Chen, X. et al. (2023). Symbolic discovery of optimization algorithms. *NeurIPS 2023*. "
        "[arXiv:2302.06675](https://arxiv.org/abs/2302.06675)"
    ),
    "th.ref.defazio": (
        "Defazio, A. et al. (2024). The road less scheduled. *NeurIPS 2024*. "
        "[arXiv:2405.15682](https://arxiv.org/abs/2405.15682)"
    ),
    "th.ref.jordan": (
        "Jordan, K. et al. (2024). Muon: an optimizer for hidden layers in neural networks. "
        "[部落格文章](https://kellerjordan.github.io/posts/muon/)"
    ),
    "th.ref.d2l": (
        "Zhang, A., Lipton, Z. C., Li, M. & Smola, A. "
        "J. *Dive into Deep Learning*（《動手學深度學習》），第 12 章："
        "Optimization Algorithms（優化演算法）。"
        "[d2l.ai](https://d2l.ai/chapter_optimization/index.html)"
    ),
    "nav.linear_regression": "線性迴歸",
    "lr.title": "線性迴歸：{optimizer} 擬合一條直線",
    "lr.lead": (
        "100 個點散布在直線 y = 4 + 3x 周圍（NumPy 線性迴歸教學的資料，由它自己的產生器產生）。"
        "優化器調整截距 θ₀ 與斜率 θ₁，使均方誤差最小。左圖：資料與目前的直線；右圖：θ "
        "在誤差等高線圖上的路徑。預設值沿用該教學：RMSProp，η = 0.1，γ = 0.9，ε = 10⁻⁸ "
        "放在平方根內，1,000 步全批次更新。"
    ),
    "lr.batch_size": "批次大小（100 = 全批次）",
    "lr.seed": "亂數種子（決定每個小批次取哪些點）",
    "lr.batch_size_help": "批次越小，梯度的雜訊越多、計算也越省：這就是小批次訓練。",
    "lr.decay": "η 每步的衰減",
    "lr.decay_help": "η_t = η × decay^t；1 表示 η 保持不變，與教學相同。",
    "lr.data": "資料",
    "lr.fit": "目前的直線",
    "lr.least_squares": "最小平方解",
    "lr.final": "最終 θ（截距、斜率）",
    "lr.least_squares_metric": "最小平方解",
    "lr.distance": "兩者的距離",
    "lr.diverged": "在第 {step} 步發散：請試試較小的 η。",
    "lr.circling": (
        "**這次執行沒有穩定下來。** 在最後 50 步中，"
        "θ 與最小平方解的距離一直介於 {low:.3g} 與 {high:.3g} 之間：在固定的 η = {lr:g} 下，"
        "它繞著最佳解打轉，而不是落在最佳解上。"
    ),
    "lr.circling_fixed": (
        "**這次執行沒有穩定下來。** 在最後 50 步中，θ 與最小平方解的距離始終恰好是 {distance:.3g}："
        "在固定的 η = {lr:g} 下，它繞著最佳解打轉，而不是落在最佳解上。"
    ),
    "lr.why_adaptive": (
        "原因：每一步都把梯度除以它自己最近均方的平方根，也就是 g / √s。接近最佳解時 g 變小，但 s "
        "也跟著縮小，所以 g / √s 仍接近 ±1，每一步在每個座標上都維持約 η = {lr:g} 的長度。θ "
        "最後在解的兩側、各距離約 {half:g} 的兩個點之間來回跳動：教學給出的答案 (4.1722, 2.9185) "
        "就是其中之一，兩個座標都比 (4.2222, 2.9685) 低 0.05。"
    ),
    "lr.fix": "解決方法是讓 η 逐步衰減，讓跳動也跟著縮小：",
    "lr.fix_link": "試試每步 η × 0.99",
    "lr.decayed": "η 每步 ×{decay:g} 縮小時，最終 θ 與最小平方解的距離為 {distance:.2g}。",
    "lr.mse_gap": "MSE(θₜ) − 最小值",
    "lr.closeup": "★（最小平方解）附近的特寫：最後 {n} 步",
    # issue 16.4: minibatch noise
    "lr.minibatch": "本步批次",
    "lr.minibatch_loss": "它的等高線",
    "lr.minibatch_minimum": "它的最小值",
    "lr.minibatch_note": (
        "紫色：第 k 步的小批次（100 個點中的 {b} 個，左圖中圈出）及其自身的損失（右圖）："
        "它的最小值 ✕ 和三條等高線：一條經過 θₖ₋₁（這一步計算梯度的位置），"
        "一條寬一倍，一條窄一半。每一步都抽取"
        "另一個批次，所以這個碗在影格之間移動：這一步沿著它下坡，而不是沿著背後的完整損失。"
        "雜訊就來自這裡。"
    ),
    "lr.noise_title": "梯度雜訊與批次大小",
    "lr.noise_batch_size": "批次大小 B",
    "lr.noise_variance": "E‖g_B − ∇MSE‖²",
    "lr.noise_least_squares": "在 ★（最小平方解）處測得",
    "lr.noise_start": "在起點 θ₀ 處測得",
    "lr.noise_exact": "精確值：σ²(n − B) / (B(n − 1))",
    "lr.noise_one_over_b": "σ²/B：1/B 規律",
    "lr.noise_zero": "B = {n}：沒有雜訊",
    "lr.noise_chosen": "此處 B = {b}",
    "lr.noise_caption": (
        "小批次梯度 g_B 平均偏離完整梯度 ∇MSE 多遠：E‖g_B − ∇MSE‖²，每個 B 在 {draws:,} 個"
        "小批次上測得，抽取方式與訓練相同（每批 B 個不同的點）。在 ★ 處完整梯度為 0，所以那裡"
        "一步的梯度全是雜訊：正是它讓固定 η 的小批次訓練無法停下。起點處雜訊更大，但以同樣的"
        "方式下降。若取後放回，雜訊為 σ²/B（σ²：單一點梯度的變異數），即 1/B 規律：批次加倍，"
        "雜訊減半。這裡每批取 n = 100 個點中 B 個不同的點，因此精確值為 σ²(n − B)/(B(n − 1))："
        "略小於 σ²/B，且在 B = n 時為 0（對數軸無法顯示 0）。"
    ),
    "pg.formula": "你的 f(x, y)",
    "pg.formula_help": (
        "可用：數字、x、y、pi、e、+ - * / 與 ** 或 ^（次方）、括號，"
        "以及 sin cos tan exp log sqrt abs tanh sinh cosh arctan。"
        "你輸入的內容不會被當成程式碼執行。最多 300 個字元。"
    ),
    "pg.formula_bad": "{reason} 在修正之前，頁面會先畫出範例 {example}。",
    "formula.allowed": (
        "數字、x、y、pi、e、+ - * / **（或 ^）、括號，以及函數 sin cos tan exp log (ln) "
        "sqrt abs tanh sinh cosh arctan (atan)"
    ),
    "formula.at": ("第 {position} 個字元處："),
    "formula.err.not_text": ("公式必須是文字。可用：{allowed}。"),
    "formula.err.empty": ("公式是空的：請用 {allowed} 寫出 f(x, y)。"),
    "formula.err.too_long": ("公式有 {length} 個字元，最多 {maximum} 個。"),
    "formula.err.character": ("不允許字元 {char!r}：請只用英文半形字元（{allowed}）。"),
    "formula.err.syntax": ("無法讀懂這裡的公式（少了括號或運算子？）。可用：{allowed}。"),
    "formula.err.too_deep": ("公式巢狀太深。"),
    "formula.err.undefined": ("公式處處無定義（除以零了？）。"),
    "formula.err.complex": ("公式會取複數值；請使用實數運算式。"),
    "formula.err.too_many_parts": ("公式太長：最多 {maximum} 個部分。"),
    "formula.err.big_constant": ("這個常數太大或無定義。可用：{allowed}。"),
    "formula.err.value": ("不允許值 {value}。可用：{allowed}。"),
    "formula.err.big_number": ("不允許大於 {limit} 的數。可用：{allowed}。"),
    "formula.err.name": ("不允許名稱 {name!r}。可用：{allowed}。"),
    "formula.err.call": ("不允許這種呼叫。可用：{allowed}。"),
    "formula.err.function": ("不允許函數 {name!r}。可用：{allowed}。"),
    "formula.err.arguments": ("{name} 只接受一個一般參數。可用：{allowed}。"),
    "formula.err.construct": ("不允許這類運算式（{kind}）。可用：{allowed}。"),
    "formula.err.big_exponent": ("不允許超過 ±{limit} 的指數。可用：{allowed}。"),
    "formula.err.cannot_evaluate": ("公式化簡後含有 {function}，無法計算。"),
    "formula.err.other": ("無法使用這個公式。"),
    "hyper.err.boolean": ("{name} 只能是開或關；收到 {value}。"),
    "hyper.err.number": ("{name} 必須是數字；收到 {value}。"),
    "hyper.err.finite": ("{name} 必須是有限的數；收到 {value}。"),
    "hyper.err.positive": ("{name} 必須大於 0；收到 {value}。"),
    "hyper.err.unit_open": ("{name} 必須不小於 0 且小於 1；收到 {value}。"),
    "hyper.err.unit_closed": ("{name} 必須介於 0 與 1 之間；收到 {value}。"),
    "hyper.err.nonnegative": ("{name} 必須大於或等於 0；收到 {value}。"),
    "hyper.err.whole": "{name} 必須是大於或等於 0 的整數；收到 {value}。",
    "hyper.err.convention": (
        "{optimizer} 沒有 {convention} 版本：該框架沒有這個優化器。可以在 {available} 中使用。"
    ),
    "pg.example.quartic": "四次碗形",
    "pg.example.valley": "狹窄山谷",
    "pg.example.plateau": "高原",
    "pg.example.cliff": "懸崖",
    "pg.x_min": "x 下限",
    "pg.x_max": "x 上限",
    "pg.y_min": "y 下限",
    "pg.y_max": "y 上限",
    "pg.domain_bad": "繪圖範圍必須滿足 x 下限 < x 上限、y 下限 < y 上限；暫時改用 −2 到 2。",
    "preset.d2l_rmsprop": "《動手學深度學習》的 RMSProp 範例：η 0.4，γ 0.9，20 步",
    "preset.adagrad_stalls": "AdaGrad 在同一個橢圓上停滯（與上一個比較）",
    "preset.divergence": "η 太大：SGD 在 Rosenbrock 山谷中發散",
    "preset.saddle": "從稍微偏離山脊的地方逃離鞍點",
    "preset.rosenbrock": "用 Adam 走 Rosenbrock 山谷",
    "preset.rotated": "旋轉的橢圓：逐座標步長失去優勢",
    "preset.himmelblau": "Himmelblau：四個最小值中的哪一個？",
    "preset.lion": "Lion：不論梯度如何，每一步都是 η 長",
    "preset.schedule_free": "無排程 AdamW：z 還在移動，平均已經穩定下來",
    "dg.title": "診斷這次執行",
    "dg.case": "案例",
    "dg.case_help": "每個案例都有自己的連結（…&case=…），老師可以只發其中一個。連結裡看不出答案。",
    "dg.settings": "{optimizer}（{framework}），{hyper} · 起點 ({x0}, {y0}) · {steps} 步",
    "dg.answer": "問題出在哪裡？",
    "dg.check": "核對答案",
    "dg.next": "下一個案例",
    "dg.right": "答對了！",
    "dg.wrong": "不太對。原因是：{answer}",
    "dg.fixed_link": "在實驗場中開啟修正後的執行",
    "dg.score": "得分：{total} 題答對 {right} 題",
    "dg.score_none": "得分：還沒有作答",
    "dg.file_error": "案例檔案無法使用：{reason}",
    # issue 16.1: theory beside measurement
    "tm.title": "理論的預測",
    "tm.quadratic": (
        "f 是二次函數，它的 Hessian 處處相同，所以這些數值是精確的。它的特徵值就是沿等高線橢"
        "圓各軸的曲率；最小值點在 ({point})。"
    ),
    "tm.local": (
        "f 不是二次函數：這些數值用的是路徑所趨向的最小值點 ({point}) 處的 Hessian，只在它附"
        "近成立（局部）。"
    ),
    "tm.beta_note": "這裡 μ 表示最小的曲率，所以動量（控制項中的 μ）寫作 β。",
    "tm.not_convex": (
        "兩個曲率是 μ = {mu} 和 L = {L}，並非都為正，所以這一點不是最小值點（是鞍點，或在某個"
        "方向上是平的）。沒有條件數，也沒有最佳步長。"
    ),
    "tm.no_minimum": "理論需要一個最小值點，但在這次執行結束的位置附近沒有找到。",
    "tm.edge": (
        "梯度下降只有在 η 低於這個界限時才收斂：超過它，每一步在陡峭方向上越過的距離都比出發"
        "時更遠。"
    ),
    "tm.method.sgd": "梯度下降：最佳的常數 η",
    "tm.method.momentum": "重球法：最佳的 η 和 β",
    "tm.method.nesterov": "Nesterov：經典的選擇",
    "tm.run_it": "執行：{method}",
    "tm.own_heavy_ball": (
        "當 η = {lr}、β = {beta} 時，理論給出的收斂率是 ρ = {rate}：即 z² − (1 + β − ηλ) z + "
        "β = 0 的根中 |z| 最大者，λ 取 μ = {mu} 和 L = {L}。"
    ),
    "tm.own_nesterov": (
        "當 η = {lr}、β = {beta} 時，理論給出的收斂率是 ρ = {rate}：即 z² − (1 + β)(1 − ηλ) "
        "z + β (1 − ηλ) = 0 的根中 |z| 最大者，λ 取 μ = {mu} 和 L = {L}。"
    ),
    "tm.no_theory": (
        "對這些設定，理論給不出收斂率：自適應最佳化器按梯度的歷史縮放步長，而權重衰減、阻尼、"
        "雜訊、裁剪或學習率排程都會改變這個映射。圖中把這次執行與梯度下降的最佳收斂率對比。"
    ),
    "tm.measured": (
        "實測：到最小值點的距離每步縮小為 ρ ≈ {rate} 倍（對執行後半段、在捨入誤差下限之前的擬合）。"
    ),
    "tm.distance": "‖x_t − x*‖，實測",
    "tm.predicted_own": "理論，你的設定：ρ = {rate}",
    "tm.predicted_best": "理論，最佳梯度下降：ρ = {rate}",
    "tm.chart_title": "到最小值點的距離，以及理論預測的收斂率",
    "tm.col.method": "方法",
    "tm.col.rate": "每步的 ρ",
    "tm.col.steps": "縮小 {factor} 倍所需步數",
    "tm.short.sgd": "梯度下降，最佳 η",
    "tm.short.momentum": "重球法，最佳 η 和 β",
    "tm.short.nesterov": "Nesterov，經典選擇",
    "tm.row.own": "你的設定",
    "tm.how": "這些數值如何由 μ 和 L 得出",
    # issue 16.2: a fair race
    "cmp.tune": "為每個最佳化器調 η（公平比賽）",
    "cmp.tune_help": (
        "每個最佳化器都跑同樣的 {n} 個 η 值（從 10⁻⁴ 到 10 按對數均勻分布），並用得分最好的那"
        "個參賽；其他設定保持不變。"
    ),
    "cmp.tune_by": "調參的評分",
    "cmp.tune_by.final": "最終差距 f(x_T) − f*",
    "cmp.tune_by.steps": "達到容差的步數",
    "cmp.tuned_note.final": (
        "每個最佳化器都用同樣的 {n} 個 η 值（從 {low} 到 {high}）跑了 {steps} 步，並用結束時"
        "最低的那個 η 參賽。"
        "名稱中的 η 就是它調得的值。"
    ),
    "cmp.tuned_note.steps": (
        "每個最佳化器都跑了同樣的 {n} 個 η 值（從 {low} 到 {high}），並用最先進入最小值 "
        "{tol} 以內的那個 η 參賽（並列或都沒達到時：用結束時最低的那個）。"
        "名稱中的 η 就是它調得的值。"
    ),
    "cmp.tuning_curves": "調參曲線：每個試過的 η 的得分",
    "cmp.tuning_title.final": "最終差距與 η 的關係（圓圈：參賽的 η）",
    "cmp.tuning_title.steps": "進入 {tol} 以內所需步數與 η 的關係（圓圈：參賽的 η）",
}
