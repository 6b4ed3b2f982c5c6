"""简体中文 catalog (zh-Hans): every key of ui.text.EN, translated."""

ZH_HANS: dict[str, str] = {
    "app.title": "优化器实验室",
    "lang.label": "语言（Language）",
    "class.panel": "课堂",
    "class.present": "演示模式",
    "class.present_help": "适合投影：字号更大、路径更粗、侧边栏收起，每页只留图和关键数字。",
    "class.bad_present": "链接中的 present={value!r} 未被采用：请写 present=1 或 present=0。",
    "class.hide": "隐藏这些控件",
    "class.hide_help": "学生打开下面的链接时看不到这些控件；链接里的取值仍然生效。",
    "class.hide_none": "未隐藏任何控件",
    "class.bad_hide": "链接要求隐藏 {names}：没有这个控件，已忽略。",
    "class.link_help": "带有这些课堂设置的本页链接：",
    "app.icon": "📉",
    "app.open": "打开页面",
    "nav.home": "首页",
    "home.title": "优化器实验室",
    "home.lead": (
        "观察梯度下降及其自适应变体"
        "（SGD、Momentum、Nesterov、AdaGrad、**RMSProp**、Adadelta、Adam、AdamW、NAdam、RAdam、"
        "Adamax、Lion 和无调度 AdamW）如何在曲面上一步一步地前进。"
        "每个数字都由一个小型 NumPy 引擎计算，结果与 PyTorch、Keras、"
        "TensorFlow 1 以及《动手学深度学习》（*Dive into Deep Learning*）教材完全一致，"
        "你可以拿自己的代码来核对。"
    ),
    "home.class_title": "课堂使用",
    "home.class_body": (
        "每个视图都是一个链接：每个控件的取值都写在页面地址里，因此你复制、收藏或放进幻灯片的链接，"
        "会为每位学生打开完全相同的运行。从下面的某个预设开始，改动一处，"
        "再用页面上的**分享此视图**分享结果。"
    ),
    "home.presets_title": "从这些课例开始",
    "home.pages_title": "页面",
    "home.playground_card_title": "演练场",
    "home.playground_card": (
        "一个优化器，所有旋钮。观察路径在曲面上前进，查看优化器内部（它的状态、有效步长），"
        "并手工核对任意一步。"
    ),
    "home.playground_open": "打开演练场",
    "home.engine_title": "可以核对的数字",
    "home.engine_body": (
        "教材中的 RMSProp 示例（d2l 约定，η = 0.4，γ = 0.9，ε = 10⁻⁶ 在平方根内，在 f = 0.1x² + "
        "2y² 上从 (−5, −2) 出发走 20 步），由同一个引擎计算："
    ),
    "home.engine_result": "{steps} 步之后：x₁ = {x1:.6f}，x₂ = {x2:.6f}",
    "home.compare_card_title": "对比",
    "home.compare_card": (
        "让最多六个优化器从同一起点赛跑，扫描某个超参数，或一次运行整个起点网格，"
        "画出每个起点最终到达哪个最小值。排行榜为各次运行打分。"
    ),
    "home.compare_open": "打开对比",
    "home.regression_card_title": "线性回归",
    "home.regression_card": (
        "RMSProp 为 NumPy 线性回归教程中的 100 个带噪声的点拟合一条直线，"
        "在数据和误差曲面上并排播放动画，并说明为什么恒定的 η 会让它一直绕着最优解打转。"
    ),
    "home.regression_open": "打开线性回归",
    "home.network_card_title": "神经网络",
    "home.network_card": (
        "一个小型网络用同样的优化器学习识别手写数字，做法沿用 Keras 的 MNIST 教程："
        "从同一起点比较最多四个优化器，观察损失下降、准确率上升，看看它认错了哪些数字。"
    ),
    "home.network_open": "打开神经网络",
    "home.theory_card_title": "理论",
    "home.theory_card": (
        "每条更新规则在各框架中的写法，AdaGrad 为什么会越走越慢而 RMSProp 不会，"
        "在框架之间迁移时的陷阱，以及原始论文。"
    ),
    "home.theory_open": "打开理论",
    "nav.playground": "演练场",
    "pg.title": "演练场",
    "pg.caption": (
        "选择一个曲面和一个优化器，设置 η 等超参数，然后按 ▶ 播放；点击图中任意位置即可从那里出发。"
        "每个控件都是页面链接的一部分："
        "从地址栏复制链接即可分享此视图。"
    ),
    "pg.presets": "预设（每个都是一个链接）",
    "pg.surface": "曲面",
    "surface.ellipse": "椭圆 0.1x² + 2y²（d2l 的例子）",
    "surface.rotated_ellipse": "旋转椭圆",
    "surface.rosenbrock": "Rosenbrock 山谷",
    "surface.beale": "Beale",
    "surface.himmelblau": "Himmelblau（四个最小值）",
    "surface.booth": "Booth",
    "surface.saddle": "鞍面 x² − y²",
    "surface.six_hump_camel": "六驼峰函数",
    "surface.rastrigin": "Rastrigin（局部最小值众多）",
    "surface.ackley": "Ackley",
    "surface.custom": "自定义 f(x, y)…",
    "pg.optimizer": "优化器",
    "pg.convention": "约定",
    "pg.convention_help": (
        "遵循哪个框架的公式和默认值：PyTorch、Keras 3、TensorFlow 1，或《动手学深度学习》教材。"
        "它们在 ε 的位置、默认值等方面各不相同。"
    ),
    "pg.hyper": "超参数",
    "pg.lr": "学习率 η",
    "pg.gamma": "衰减率 γ",
    "pg.eps": "ε",
    "pg.momentum": "动量 μ",
    "pg.dampening": "阻尼 τ",
    "pg.centered": "中心化（centered）",
    "pg.beta1": "β₁",
    "pg.beta2": "β₂",
    "pg.amsgrad": "AMSGrad",
    "pg.weight_decay": "权重衰减 λ",
    "pg.lr_decay": "η 衰减（PyTorch AdaGrad）",
    "pg.initial_accumulator_value": "累加器初值 s₀",
    "pg.momentum_decay": "动量衰减 ψ（PyTorch NAdam）",
    "pg.decoupled_weight_decay": "解耦权重衰减（如 AdamW）",
    "pg.warmup_steps": "预热步数 W",
    "pg.nesterov": "Nesterov 动量",
    "pg.ns_steps": "Newton–Schulz 迭代步数 k",
    "pg.names_help": "其他名称：{names}",
    "pg.reset": "恢复为该约定的默认值",
    "pg.use_convention": "改用 {convention}",
    "pg.run": "运行",
    "pg.steps": "步数",
    "pg.x0": "起点 x",
    "pg.y0": "起点 y",
    "pg.options": "噪声、裁剪、学习率调度",
    "pg.noise": "梯度噪声 σ",
    "pg.seed": "噪声随机种子",
    "pg.clip": "梯度裁剪",
    "pg.clip.none": "不裁剪",
    "pg.clip.value": "按值",
    "pg.clip.norm": "按范数",
    "pg.clip_threshold": "裁剪阈值 c",
    "pg.schedule": "学习率调度",
    "pg.schedule.constant": "恒定",
    "pg.schedule.step": "阶梯衰减",
    "pg.schedule.exponential": "指数衰减",
    "pg.schedule.cosine": "余弦",
    "pg.schedule.inverse_time": "逆时间衰减",
    "pg.decay_rate": "调度衰减率",
    "pg.decay_steps": "调度周期（步）",
    "pg.bad_param": "链接中的 {key}={value!r} 未被采用：{reason}。现改用 {default}。",
    "pg.bad_number": "它不是数字",
    "pg.bad_choice": "它不在可选项之中",
    "pg.bad_range": "它必须介于 {low} 和 {high} 之间",
    "pg.play": "播放",
    "pg.pause": "暂停",
    "pg.step": "步",
    "pg.minimum": "最小值",
    "pg.axis_x": "x",
    "pg.axis_y": "y",
    "pg.final_point": "**最终点**（第 {step} 步）：x = {x}，y = {y}",
    "pg.speed": "速度",
    "pg.speed_help": "▶ 播放时走过各步的快慢：1× 会用大约三秒放完一次较短的运行。",
    "pg.axis_z": "f(x, y)",
    "pg.view3d": "三维视图",
    "pg.view3d_help": (
        "以三维显示曲面和上面的路径；拖动可以旋转，播放时也可以。点击选起点要在等高线视图里进行。"
    ),
    "pg.arrows": "用箭头显示各个力",
    "pg.arrows_help": (
        "在动画的每一步，从当前点画出箭头：下坡方向（−∇f）、优化器接着实际做的更新，以及它的记忆（动量、一阶矩，"
        "如果有的话）。每个箭头只表示方向。"
    ),
    "pg.force.gradient": "−∇f（下坡）",
    "pg.force.update": "实际更新",
    "pg.force.memory": "记忆 {name}",
    "pg.live": "图下方的实时滑块",
    "pg.live_none": "无",
    "pg.live_help": (
        "步数滑块旁的滑块会立即在浏览器里换成这个超参数其他取值的路径。图旁的数字仍然是侧边栏所设取值的结果。"
    ),
    "ex.mode": "练习",
    "ex.mode.none": "无：自由探索",
    "ex.mode.predict": "预测下一步",
    "ex.mode.diagnose": "诊断这次运行",
    "ex.mode_help": "课堂练习：它保存在链接里，老师可以直接分享。",
    "ex.predict.path": "到第 {k} 步的路径",
    "ex.predict.truth": "第 {k} 步：实际落点",
    "ex.predict.guess": "你的预测",
    "ex.predict.too_short": (
        "这次运行没有可以提问的步：它一开始就发散或停住了。请改一改 η、步数或起点。"
    ),
    "ex.predict.round": (
        "**第 {round} 轮，共 {rounds} 轮。** 路径画到了第 {k} 步。第 {next} 步会落在哪里？"
        "在图上点出那个位置，然后按“检查”。"
    ),
    "ex.predict.click": "在图上点击（或轻触）你认为下一个点会落下的位置。",
    "ex.predict.your_guess": "你的预测：x = {x}，y = {y}。再点一次可以移动它。",
    "ex.predict.check": "检查",
    "ex.predict.truth_at": "第 {k} 步落在 x = {x}，y = {y}。",
    "ex.predict.off_by": "你的预测偏离了 **{error}** 个步长：得 **{points}** 分。",
    "ex.predict.so_far": "目前得分：{score} / {best}。",
    "ex.predict.final": "最终得分：{score} / {best}。",
    "ex.predict.next": "下一轮",
    "ex.predict.again": "再玩一次",
    "ex.predict.explained": "第 {k} 步是怎么算出来的",
    "pg.verdict.diverged": "在第 {step} 步**发散**。",
    "pg.verdict.converged": (
        "在第 {step} 步**收敛**：此后始终位于某个最小值的 {radius:.2g} 范围内。"
    ),
    "pg.verdict.converged_unknown_minimum": (
        "在第 {step} 步**稳定下来**：此后每步的移动距离都小于 {radius:.2g} ÷ 100。"
    ),
    "pg.verdict.oscillating": (
        "**仍在振荡**：{coordinate} 在 {low:.3g} 和 {high:.3g} 之间来回跳动（最后 {window} 步）。"
    ),
    "pg.verdict.stalled": (
        "**停滞**：每步的移动距离已缩小到 {last:.2g}，离最近的最小值却还有 {distance:.3g}。"
    ),
    "pg.verdict.moving": "**仍在前进**：{window} 步之后，离最近的最小值还有 {distance:.3g}。",
    "pg.verdict.moving_unknown_minimum": "{window} 步之后**仍在前进**。",
    "pg.final_f": "最终 f(x)",
    "pg.distance": "到最近最小值点的距离",
    "pg.diverged": ("{why} 路径只画到第 {last} 步；请试试更小的 η（当前为 {lr:g}）。"),
    "pg.diverged_nonfinite": "迭代值溢出为无穷大，或变成了 NaN。",
    "pg.diverged_bound": "某个坐标超出了 ±{bound:g}：路径早已远远离开了曲面。",
    "pg.inside": "优化器内部",
    "pg.section": "细看这次运行",
    "pg.chart_f": "f(xₜ)",
    "pg.chart_state": "状态：{names}",
    "pg.chart_effective": "各坐标的{name}",
    "pg.step_size_name": "步长",
    "pg.step_taken_name": "实际移动距离 |Δxᵢ|",
    "pg.chart_delta": "每步移动距离 ‖Δxₜ‖",
    "chart.reaches_zero": "第 {step} 步时为 0（对数坐标轴无法显示 0）",
    "pg.coord_x": "x",
    "pg.coord_y": "y",
    "pg.explain": "解释第 k 步",
    "pg.explain_k": "第 k 步",
    "pg.explain_intro": "第 {k} 步的更新及其具体数值，逐个坐标 (x, y) 列出：",
    "pg.sentence.shared": (
        "两个坐标的步长相同（{size_x:.5g}）：梯度的两个分量相差 {g_fold:.3g} 倍（|g| = {gx:.4g} 和 "
        "{gy:.4g}），实际移动距离相差 {step_fold:.3g} 倍（|Δ{x}| = {dx:.5g}，|Δ{y}| = {dy:.5g}）。"
    ),
    "pg.sentence.own": (
        "每个坐标有自己的步长（{x} 为 {size_x:.5g}，{y} 为 {size_y:.5g}）：梯度的两个分量相差 "
        "{g_fold:.3g} 倍（|g| = {gx:.4g} 和 {gy:.4g}），实际移动距离相差 {step_fold:.3g} "
        "倍（|Δ{x}| = {dx:.5g}，|Δ{y}| = {dy:.5g}）。"
    ),
    "pg.sentence.own_equal": (
        "每个坐标有自己的步长（{x} 为 {size_x:.5g}，{y} 为 {size_y:.5g}）：梯度的两个分量相差 "
        "{g_fold:.3g} 倍（|g| = {gx:.4g} 和 {gy:.4g}），实际移动距离却一样大：|Δ{x}| = |Δ{y}| = "
        "{dx:.5g}。"
    ),
    "explain.note.noise": "梯度噪声：σ = {sigma} 乘以一次标准正态抽样（随机种子 {seed}）。",
    "explain.note.clip_value": "按值裁剪：每个坐标都被限制在 ±c 之内。",
    "explain.note.clip_norm": "按范数裁剪：长度超过 c 的梯度被缩短到长度 c。",
    "explain.note.coupled_decay": (
        "权重衰减，耦合：λx 并入梯度（L2 惩罚），因此优化器自身的缩放也作用于它。"
    ),
    "explain.note.decoupled_decay": (
        "权重衰减，解耦：在这一步之前先把点向 0 收缩；优化器根本看不到 λ。"
    ),
    "explain.note.schedule": "这一步的学习率，取自学习率调度。",
    "explain.note.nesterov": (
        "Nesterov 前瞻：这一步沿 g + μb 前进，即梯度加上动量即将把点带往的方向。"
    ),
    "explain.note.amsgrad": "AMSGrad 保留迄今最大的 v，因此除数永不减小。",
    "explain.note.eps_hat": (
        "Keras 和 TensorFlow 1 把两个偏差修正都并入 α，并把 ε 加到未经修正的 √v 上（“ε-hat”）。"
    ),
    "explain.note.radam_sgd": (
        "ρ = {rho} ≤ 5：步数太少，还无法估计自适应尺度 1/√v 的方差，因此 RAdam 走一步普通的动量步。"
    ),
    "explain.note.radam_adaptive": "ρ = {rho} > 5：方差已经可信；用 r 缩放 Adam 的这一步。",
    "explain.note.lion_sign": "只看符号：每个坐标都恰好移动 η。",
    "explain.note.schedule_free_keras": "Keras 用 y 和刚更新过的 z 重新算出上一步的平均。",
    "explain.note.schedule_free_weights": (
        "z 以权重 c 进入平均：c 是迄今最大的 η 的平方，除以 S，"
        "即到目前为止每一步这一平方的总和（无预热时 c = 1/k）。"
    ),
    "pg.prev_step": "上一步",
    "pg.next_step": "下一步",
    "pg.export": "导出",
    "pg.csv": "轨迹和状态（CSV）",
    "pg.names_table": "各框架中的名称",
    "pg.share": "分享此视图",
    "pg.share_help": (
        "此链接能精确复现当前视图（所有控件的取值都在其中）。地址栏中也是同一个视图；"
        "复制按钮在右侧。"
    ),
    "pg.chart_f_shifted": "f(xₜ) − f(x*)",
    "pg.solid": "实线",
    "pg.dashed": "虚线",
    "pg.dotted": "点线",
    "pg.html": "动画，单个 HTML 文件（可离线播放）",
    "pg.html_title": "{run} 在 {surface} 上：优化器实验室",
    "pg.code_torch": "PyTorch 代码",
    "pg.code_keras": "Keras 代码",
    "pg.code_keras_none": "Keras 3 没有 {optimizer}，因此这次运行没有对应的 Keras 代码。",
    "nav.compare": "对比",
    "cmp.title": "对比",
    "cmp.caption": (
        "让多个优化器在同一曲面上从同一起点赛跑，扫描某个超参数，或一次运行整个起点网格。"
        "点击图中任意位置即可从那里出发。每个控件都是链接的一部分。"
    ),
    "cmp.scenarios": "场景（每个都是一个链接）",
    "cmp.mode": "模式",
    "cmp.mode.race": "赛跑",
    "cmp.mode.sweep": "扫描一个设置",
    "cmp.mode.swarm": "一群起点",
    "cmp.optimizers": "优化器（2 到 6 个）",
    "cmp.optimizers_bad": "链接中的 optimizers={value!r}：{reason}。现改用 {used}。",
    "cmp.optimizers_unknown": "{names} 不是优化器",
    "cmp.optimizers_too_many": "一次最多 {maximum} 个",
    "cmp.optimizers_few": "请至少选择两个优化器来比赛。",
    "cmp.settings_of": "{name} 的设置",
    "cmp.zoom": "围绕最小值放大（倍数）",
    "cmp.tol": "f − f* 的容差",
    "cmp.sweep_param": "要扫描的超参数",
    "cmp.sweep_values": "取值（用逗号分隔）",
    "cmp.sweep_values_help": (
        "数字，例如 0.01, 0.1, 1e-3；约定则填 pytorch, keras, tf1, d2l。最多 8 个。"
    ),
    "cmp.sweep_values_bad": "无法扫描 {value!r}：{reason}",
    "cmp.sweep_none": "没有可扫描的取值：请输入两个或更多，用逗号分隔。",
    "cmp.optimizers_empty": "其中没有任何优化器",
    "cmp.sweep_param_missing": "{optimizer} 没有这个设置",
    "cmp.sweep_values_none": "{values!r} 中没有可扫描的值；改为扫描 {used}",
    "cmp.scenario_unknown": (
        "链接中的 scenario={value!r} 不是上面的任何一个场景；页面不带场景显示。"
    ),
    "pg.domain_bad_values": (
        "绘图范围需要 x 起点 < x 终点、y 起点 < y 终点（链接给出 x {x_min:g} 到 "
        "{x_max:g}，y {y_min:g} 到 {y_max:g}）；改用 −2 到 2。"
    ),
    "cmp.sweep_overridden": "上方被扫描超参数的控件不起作用：每次运行都从列表中取值。",
    "cmp.grid": "起点网格（n × n）",
    "cmp.swarm_map": "地图",
    "cmp.swarm_map.final_gap": "最终 f − f*",
    "cmp.swarm_map.basin": "到达的最小值",
    "cmp.swarm_map.steps": "达到容差所需步数",
    "cmp.swarm_caption": (
        "每个优化器：在绘图区域内取 {n} × {n} = {count:,} 个起点，每个起点运行 {steps} 步。"
    ),
    "cmp.basin.none": "尚未到达最小值",
    "cmp.basin.diverged": "发散",
    "cmp.basin.minimum": "最小值 {i} ({x:.3g}, {y:.3g})",
    "cmp.leaderboard": "排行榜",
    "cmp.col.run": "运行",
    "cmp.col.final_gap": "最终 f − f*",
    "cmp.col.final_f": "最终 f",
    "cmp.col.distance": "到最近最小值点的距离",
    "cmp.col.distance_short": "距离",
    "cmp.col.steps_to_tol": "达到 f − f* ≤ {tol:g} 的步数",
    "cmp.col.steps_short": "步数",
    "cmp.never": "未达到",
    "cmp.diverged_at_cell": "第 {step} 步发散",
    "cmp.diverged_count": "{total:,} 个中有 {count:,} 个发散",
    "cmp.chart_f": "各次运行的 f(xₜ) − f*",
    "cmp.chart_f_plain": "各次运行的 f(xₜ)",
    "cmp.chart_effective": "各坐标的有效步长（逐次运行）",
    "cmp.chart_sweep": "最终 f − f* 随 {param} 的变化",
    "cmp.scenario_intro": "场景",
    "scenario.adagrad_rmsprop": "椭圆上的 AdaGrad 与 RMSProp",
    "scenario.adagrad_rmsprop.text": (
        "AdaGrad 把 η 除以迄今所有梯度平方之**和**的平方根，因此它的有效步长只会变小：在平坦的 x "
        "方向上几乎寸步难行。RMSProp 则改用**指数加权移动平均**（大约只记住最近 1/(1−γ) = 10 步），"
        "所以当梯度变小时，它的步长会恢复。请对比下面两张有效步长图。"
    ),
    "scenario.momentum_valley": "Rosenbrock 山谷中的 SGD、Momentum 与 Nesterov",
    "scenario.momentum_valley.text": (
        "谷底又长又几乎平坦，谷壁却很陡。普通 SGD 必须把 η 取得足够小以应付谷壁，"
        "于是只能沿谷底缓慢爬行；动量则会把沿谷底方向那股微小而一致的推力累积起来。Nesterov "
        "向前多看一步，冲上谷壁的过冲更小。"
    ),
    "scenario.adam_adamw": "带权重衰减的 Adam 与 AdamW",
    "scenario.adam_adamw.text": (
        "两者都取 λ = 0.5。Adam 把 λx 加到梯度上（L2 惩罚），随后它又被逐坐标的缩放所改变；AdamW "
        "则在自适应步之外直接把权重缩小 ηλx。同一个 λ 会把两者拉向不同的点。"
    ),
    "scenario.eps_placement": "ε 在平方根内还是外：梯度极小时的差别",
    "scenario.eps_placement.text": (
        "PyTorch 除以 √s + ε，Keras 和 d2l 除以 √(s + ε)。当 g² 和 ε "
        "差不多小时（这里是在最小值附近，ε = 10⁻⁴，放大 100×），放在根号内的 ε 会把步长压得小得多，"
        "所以同样的设置收敛得更慢。"
    ),
    "scenario.rmsprop_gamma": "γ = 0.5、0.9 和 0.99 的 RMSProp",
    "scenario.rmsprop_gamma.text": (
        "γ 决定 RMSProp 记住梯度平方的时长：大约 1/(1−γ) 步，即 2、10 或 100 步。记忆短，"
        "步长就跳动剧烈；记忆长，步长就平滑，但反应迟缓。"
    ),
    "scenario.adam_relatives": "η 相同的 Adam 及其五个变体",
    "scenario.adam_relatives.text": (
        "Adam、NAdam、RAdam、Adamax、Lion 和无调度 AdamW 都取 η = 0.1，在旋转的椭圆上运行。"
        "Lion 最先接近最小值，因为每个坐标每步都移动 η，但它无法稳定下来：最后几步仍然有 η 那么长。"
        "RAdam 先走普通的动量步，直到它的方差估计可信为止；Adamax 除以 |g| 的一个缓慢衰减的最大值，"
        "所以会慢下来；无调度 AdamW 显示的是一个跟在自己步子后面的平均值。"
    ),
    "scenario.himmelblau_basins": "到达哪个最小值？Himmelblau 函数的吸引域",
    "scenario.himmelblau_basins.text": (
        "一个 50 × 50 的起点网格同时运行。每个像素按其起点最终到达的最小值着色："
        "不同优化器的吸引域图各不相同，因为动量和自适应步长会把点带过山脊。"
    ),
    "nav.neural_network": "神经网络",
    "nn.title": "神经网络：手写数字",
    "nn.lead": (
        "一个小型网络（64 个像素 → ReLU 隐藏层 → 10 个类别，softmax 交叉熵）学习识别 8 × 8 "
        "的手写数字。它的权重矩阵由与二维页面相同的优化器代码更新。默认值沿用 Keras 的 MNIST 教程："
        "Keras 的 RMSprop，η = 0.001，ρ = 0.9，批量大小 128，512 个隐藏单元。"
        "最多可再添加三个优化器：它们都从相同的初始权重出发，看到相同的小批量。"
    ),
    "nn.optimizers": "优化器（1 到 4 个）",
    "nn.epochs": "迭代周期数（epoch）",
    "nn.seed": "随机种子（初始权重和批次顺序）",
    "nn.batch": "批量大小",
    "nn.hidden": "隐藏单元数",
    "nn.none": "请至少选择一个优化器。",
    "nn.only_here.muon": (
        "Muon 对权重矩阵的更新做正交化。二维曲面上的一个点没有可以正交化的矩阵，"
        "所以 Muon 只在这里运行：它训练隐藏层的权重，"
        "偏置和输出层则由 AdamW（η {lr:g}，λ {weight_decay:g}）训练，这正是 PyTorch 文档的建议。"
    ),
    "nn.training": "训练中…",
    "nn.training_epoch": "正在训练 {name}：第 {epoch} 个迭代周期，共 {epochs} 个",
    "nn.trained": "训练用时 {seconds:.1f} 秒（结果会被保留：把控件改回原值可立即显示）。",
    "nn.epoch": "迭代周期",
    "nn.chart_loss": "测试损失（交叉熵）",
    "nn.chart_accuracy": "测试准确率（%）",
    "nn.metric": "测试准确率",
    "nn.diverged": "在第 {epoch} 个迭代周期中发散：权重溢出了。请试试更小的 η。",
    "nn.misclassified": "{name} 认错的数字（{total} 张测试图像中有 {count} 张）",
    "nn.wrong_caption": "实为 {truth}，被认成 {guess}",
    # issue 16.3: learning-rate range test
    "rt.title": "学习率范围测试",
    "rt.lead_surface": (
        "从同一起点运行 {steps} 步，η 从 {low} 指数增长到 {high}："
        "η_k = η_min·(η_max/η_min)^(k/(T−1))。"
        "图中是每一步之后的 f 对该步 η 的曲线，用滑动平均平滑（β = 0.98，带偏差校正），"
        "画到损失爆炸（超过最佳值的 4 倍）为止。给出两个建议的 η：平滑损失下降最快处，"
        "以及其最小值处的 η 除以 10。"
    ),
    "rt.lead_network": (
        "从同样的初始权重训练 {steps} 个小批量步，η 从 {low} 指数增长到 {high}。"
        "图中是下一个小批量的损失对前一步 η 的曲线，用滑动平均平滑（β = 0.98，带偏差校正），"
        "画到损失爆炸（超过最佳值的 4 倍）为止。给出两个建议的 η：平滑损失下降最快处，"
        "以及其最小值处的 η 除以 10。"
    ),
    "rt.optimizer": "要测试的优化器",
    "rt.axis_lr": "η（对数刻度）",
    "rt.axis_loss_surface": "该步之后的 f",
    "rt.axis_loss_network": "小批量损失",
    "rt.raw": "损失",
    "rt.smoothed": "平滑后的损失",
    "rt.steepest": "下降最快：η = {lr}",
    "rt.minimum": "最小值 ÷ 10：η = {lr}",
    "rt.diverged": "已爆炸",
    "rt.link_steepest": "用 η = {lr} 运行（下降最快）",
    "rt.link_minimum": "用 η = {lr} 运行（最小值 ÷ 10）",
    "rt.no_suggestion": "损失从第一步起就不是有限值：无法建议 η。请试更小的范围。",
    "rt.no_divergence": "直到 η = {high} 损失都没有爆炸：最小值可能在更远处。",
    "rt.seconds": "用时 {seconds:.2f} 秒（结果会保留）。",
    "nav.theory": "理论",
    "th.title": "理论",
    "th.caption": (
        "实验室背后的规则，按各框架实际的计算方式写出，并配有小实验，"
        "由与其他页面相同的引擎实时运行。下面的优化器、梯度序列和 γ 都是页面链接的一部分。"
    ),
    "th.rules": "更新规则、状态与默认值",
    "th.notation": (
        "记号：xₜ 是第 t 步之后的参数，gₜ 是第 t 步使用的梯度，η 是学习率。平方、"
        "平方根和除法都按坐标分别计算，因此下面每种自适应方法都会给每个参数各自的步长。"
    ),
    "th.optimizer": "优化器",
    "th.optimizer_help": "所选优化器是链接的一部分：/theory?optimizer=rmsprop 会打开 RMSProp。",
    "th.name.sgd": "SGD（普通梯度下降）",
    "th.name.momentum": "Momentum（重球法）",
    "th.name.nesterov": "Nesterov 动量",
    "th.name.adagrad": "AdaGrad",
    "th.name.rmsprop": "RMSProp",
    "th.name.adadelta": "Adadelta",
    "th.name.adam": "Adam",
    "th.name.adamw": "AdamW",
    "th.name.nadam": "NAdam",
    "th.name.radam": "RAdam",
    "th.name.adamax": "Adamax",
    "th.name.lion": "Lion",
    "th.name.schedule_free_adamw": "无调度 AdamW",
    "th.name.muon": "Muon",
    # in legends, where the run's settings follow the name
    "th.short.sgd": "SGD",
    "th.short.momentum": "Momentum",
    "th.idea.sgd": (
        "沿梯度的反方向移动，按 η 缩放，不记忆任何东西。曲面陡的地方步子长，平的地方步子短，"
        "而且一个 η 必须适合所有方向：它要小到能应付最陡的方向，这就使沿最平坦方向的进展变得很慢。"
    ),
    "th.idea.momentum": (
        "沿过去梯度的累积和移动，越早的梯度权重越小（每一步都把这个和乘以 μ）。"
        "当相继的梯度方向一致时，这个和会累积到单个梯度的约 1/(1 − μ) 倍，于是越走越快；"
        "当它们的符号交替变化时（比如横穿狭窄的山谷），它们会相互抵消，之字形振荡因而被抑制。"
    ),
    "th.idea.nesterov": (
        "带修正的动量：这一步在 μ 乘以已更新缓冲区的基础上，再加上新的梯度；"
        "在动量即将把点带到的位置计算梯度，再把式子改写，得到的正是这种形式。与普通动量相比，"
        "过冲会早一步被察觉。在所有框架都采用的这种形式中，梯度仍在当前点计算。"
    ),
    "th.idea.adagrad": (
        "给每个坐标各自的步长：把 η 除以该坐标迄今所有梯度平方之和的平方根。"
        "持续遇到大梯度的坐标步子小；很少被更新的坐标保持大步长。这个和只增不减，"
        "所以每个步长都只会变小：这对凸问题和稀疏特征有帮助，在长时间的非凸训练中却有害。"
    ),
    "th.idea.rmsprop": (
        "会遗忘的 AdaGrad：梯度平方之和换成了指数加权移动平均，"
        "于是除数跟随梯度最近的大小（大致是最近 1/(1 − γ) 步）。步长可以先降后升，"
        "而不是一去不返地衰减。Tieleman 和 Hinton 在 2012 年的一次课程讲座中提出了它；"
        "它从未以论文形式发表。"
    ),
    "th.idea.adadelta": (
        "把 RMSProp 中的 η 换成第二个移动平均：之前各次更新量的均方根。这样更新量就与 x 单位相同，"
        "原始规则里根本没有学习率；各框架仍会再乘以 η（PyTorch 默认的 η = 1 即为原始形式）。"
    ),
    "th.idea.adam": (
        "动量和 RMSProp 合二为一：梯度的移动平均 m（方向），除以梯度平方的移动平均 v（尺度）"
        "的平方根。两个平均都从零开始，在最初几步会偏小，所以各自除以 1 − βᵗ。"
        "这样无论梯度的尺度如何，每个坐标每步都大约移动 η。"
    ),
    "th.idea.adamw": (
        "把权重衰减从梯度中分离出来的 Adam。在 Adam 中，加到梯度上的衰减项 λx "
        "会和梯度的其余部分一样被 √v 除，因此梯度大的权重几乎得不到衰减。AdamW "
        "在自适应缩放之外直接把每个权重缩小 ηλx，于是衰减能按预期起作用，λ 也可以独立于 η 调节。"
    ),
    "th.idea.nadam": (
        "带 Nesterov 前瞻的 Adam：这一步用的是即将拥有的动量 μₜ₊₁mₜ 再加上新的梯度，"
        "而不是单独的 mₜ。动量系数 μₜ 遵循一个调度：从 β₁ 的一半开始，逐渐升到 β₁，"
        "因此最初几步更多地依赖梯度本身。"
    ),
    "th.idea.radam": (
        "等到尺度可信才放手去走的 Adam。最初几步中，v 只是极少几个梯度平方的平均，"
        "除以它的平方根会让步长忽大忽小。RAdam 衡量这个平均实际涵盖了多少步（ρₜ）；"
        "在它超过 5 之前，RAdam 走普通的动量步，之后切换为 Adam 的步子，"
        "再乘以一个逐渐增大到 1 的修正系数 rₜ。它取代了需要手工调节的学习率预热。"
    ),
    "th.idea.adamax": (
        "使用无穷范数的 Adam：除数不再是均方的平方根，而是 |g| 的一个缓慢衰减的最大值。"
        "一个异常大的梯度会在很长时间内决定尺度，而且这个最大值不需要偏差修正。"
    ),
    "th.idea.lion": (
        "只保留符号：每个坐标都恰好移动 η，方向取动量与新梯度之插值的符号。"
        "它是通过对更新规则的自动搜索发现的（Chen 等，2023）。它只保存一个数组，而 Adam 要两个；"
        "所需的 η 比 AdamW 小 3 到 10 倍。"
    ),
    "th.idea.schedule_free_adamw": (
        "无须选择学习率调度：由一个经 Adam 缩放的序列 z 走每一步，显示的点 x 是迄今所有 z 的平均，"
        "而梯度在介于两者之间的 y 处计算。平均起到了衰减 η 的作用，却不需要事先知道训练要进行多久。"
    ),
    "th.every_convention": "在所有约定中（PyTorch、Keras 3、TensorFlow 1、d2l）",
    "th.conv.pytorch": "PyTorch",
    "th.conv.keras": "Keras 3",
    "th.conv.tf1": "TensorFlow 1",
    "th.conv.d2l": "d2l",
    "th.note.momentum_tau": (
        "τ 是 PyTorch 的 dampening（阻尼）；TensorFlow 1 和 d2l 没有这一项（τ = 0）。"
    ),
    "th.note.momentum_keras": (
        "Keras 保存的是速度 v = −ηb，单位与 x 相同。η 恒定时路径完全一样；使用学习率调度时则不同，"
        "因为此时 η 位于缓冲区内部。"
    ),
    "th.note.adagrad_torch": "δ 即 lr_decay（默认为 0，因此 ηₜ = η）。ε 加在平方根之后。",
    "th.note.adagrad_keras": (
        "ε 加在平方根内部；TensorFlow 1 根本没有 ε（ε = 0）。累加器从 s₀ = "
        "initial_accumulator_value 开始，在 Keras 和 TensorFlow 1 中为 0.1，其他情况下为 0。"
    ),
    "th.note.rmsprop_tf1": (
        "只有 TensorFlow 1 把均方的初值设为 1，这使它最初几步的步子非常小（见下文的陷阱）。"
    ),
    "th.note.adadelta": (
        "所有框架都把 γ 称为 rho。u 从 0 开始，所以最初的更新量约为 g 的 √ε/√(s + ε) 倍：Adadelta "
        "起步缓慢，随着 u 增大而加速。"
    ),
    "th.note.adam_eps_hat": (
        "“ε-hat” 形式：把偏差修正移到 η 上，并把 ε 加到未经修正的 √vₜ 上。它与 PyTorch 的规则相同，"
        "只是早期的 ε 更大（见下文的陷阱）。"
    ),
    "th.note.adamw_hats": "m̂ₜ 和 v̂ₜ 与 Adam 中一样经过偏差修正；梯度 gₜ 中不再包含 λx。",
    "th.note.adamw_tf1": (
        "tf.contrib.opt.AdamWOptimizer 把权重乘以 1 − λ，不乘 η：同样的 λ 衰减得比其他框架强得多。"
    ),
    "th.note.nadam_keras": (
        "Keras 的动量调度是 0.96ᵗ，而不是 ψ = 0.004 时的 0.96^(tψ)，因此 μₜ 在几十步之内就达到 β₁，"
        "而不是要几千步之后。"
    ),
    "th.note.decoupled_flag": (
        "PyTorch 使用第一种形式（λx 并入梯度，即 L2 惩罚），除非 decoupled_weight_decay=True，"
        "此时改用第二种形式，与 AdamW 相同。"
    ),
    "th.note.lion_decoupled": (
        "Lion 总是直接缩小权重。lion-pytorch 的 decoupled_weight_decay=True 会把 λ 除以初始 η"
        "（第二种形式），这样衰减就不再随 η 一起缩小。"
    ),
    "th.note.schedule_free_keras": (
        "Keras 对每个 z 赋予相同的权重（cₜ = 1/t），在这一步之前对它的变量 y 做衰减，"
        "并用 y 和刚更新过的 z 重新算出上一步的平均（Keras 3.15，torch 后端）。因此即使设置相同，"
        "它的路径也与 PyTorch 的不同。"
    ),
    "th.variant.centered.title": "变体：centered=True",
    "th.variant.centered": (
        "同时还保存梯度本身的移动平均 ḡ，并在根号下减去它的平方。"
        "这样除数估计的是梯度的方差而不是均方，因此稳定一致的梯度所除的数更小。d2l 没有这个选项。"
    ),
    "th.variant.rms_momentum.title": "变体：动量 μ > 0",
    "th.variant.rms_momentum": (
        "在缩放后的梯度之上再加一个重球缓冲区 b。PyTorch 在更新时乘以 η，Keras 和 TensorFlow 1 "
        "则在缓冲区内部乘（η 恒定时路径相同）。"
    ),
    "th.variant.amsgrad.title": "变体：amsgrad=True",
    "th.variant.amsgrad": (
        "每一步使用迄今见过的最大 v，而不是当前的 v，因此坐标的除数永不减小，"
        "梯度大小的骤降也不会导致步子过大。TensorFlow 1 没有这个选项。"
    ),
    "th.weight_decay_title": "各约定中的权重衰减 λ",
    "th.weight_decay_text": (
        "PyTorch、TensorFlow 1 和 d2l 在优化器看到梯度之前就把 λx 加到梯度上（L2 惩罚，“耦合”），"
        "因此自适应优化器会像缩放梯度的其余部分一样缩放它。Keras 3 "
        "对每种优化器都在每一步之前直接缩小权重（“解耦”）。AdamW 在所有框架中都是解耦的。"
    ),
    "th.state": "每个参数保存的状态",
    "th.state.sgd": "无：每一步只用当前梯度。",
    "th.state.momentum": (
        "一个缓冲区 **b**（在 Keras 中是速度 **v** = −ηb）：过去梯度的衰减累积和。"
        "额外需要一个与参数同样大小的数组。"
    ),
    "th.state.nesterov": "一个缓冲区 **b**（在 Keras 中是 **v**），与 Momentum 完全相同。",
    "th.state.adagrad": "一个累加器 **s**：s₀ 加上迄今所有梯度的平方和。它永不减小。",
    "th.state.rmsprop": (
        "一个均方 **s**。centered=True 时还有平均梯度 **ḡ**；动量 μ > 0 时还有缓冲区 **b**："
        "最多三个与参数同样大小的数组。"
    ),
    "th.state.adadelta": "两个移动平均：梯度平方的 **s** 和更新量平方的 **u**。",
    "th.state.adam": (
        "两个矩，**m**（平均梯度）和 **v**（平均梯度平方），以及用于偏差修正的步数 t。amsgrad=True "
        "时还有 **v_max**，即迄今最大的 v。"
    ),
    "th.state.adamw": (
        "与 Adam 相同：**m** 和 **v**（amsgrad=True 时还有 **v_max**）。权重衰减不需要状态。"
    ),
    "th.state.nadam": "与 Adam 相同：**m** 和 **v**，另加动量系数 μ 的累乘积 **Π**（一个数）。",
    "th.state.radam": "与 Adam 相同：**m** 和 **v**，以及决定 ρₜ 的步数 t。",
    "th.state.adamax": "**m**（平均梯度）和 **u**（|g| 的衰减最大值）。",
    "th.state.lion": "一个动量 **m**：内存只有 Adam 的一半。",
    "th.state.schedule_free_adamw": (
        "基序列 **z**、计算梯度的点 **y** 和均方 **v**，另加各平均权重之和（一个数）；"
        "显示的点 x 就是这个平均本身。"
    ),
    "th.defaults": "各约定的默认值",
    "th.defaults_caption": (
        "直接从引擎读取，因此与其他页面运行时用的值完全一致。— 表示该框架没有此设置。"
        "演练场则让每个优化器从各自挑选的 η 开始，使路径在一百步之内有明显的移动。"
    ),
    "th.absent": "—",
    "th.not_in_framework": "未提供",
    "th.true": "True",
    "th.false": "False",
    "th.col.hyper": "超参数",
    "th.col.keyword": "引擎关键字",
    "th.names": "各框架中的名称",
    "th.names_caption": (
        "同一个超参数在各框架中的参数名（d2l：书中的符号）。左侧是引擎的关键字；— "
        "表示该框架没有此参数。"
    ),
    "th.avr": "AdaGrad 与 RMSProp：累加和还是移动平均",
    "th.avr_text": (
        "两者都把 η 除以梯度平方的某个累积量 s 的平方根；区别只在于 s 如何遗忘。**AdaGrad** 把每个 "
        "g² 都加进一个和里，所以 s 只增不减，有效步长 η/(√s + ε) 只会变小：即使梯度恒定，它也会像 "
        "1/√t 那样缩小，而一阵大梯度会让它在余下的整个训练中都保持较低。**RMSProp** "
        "则保存指数加权移动平均：展开来看，k 步之前的梯度权重为 γᵏ，这些权重之和为 1/(1 − γ)，所以 "
        "s 就像最近约 1/(1 − γ) 步的平均值。它跟随梯度最近的大小，一旦大梯度过去，"
        "步长就会重新变大。"
    ),
    "th.avr_sequence": "梯度序列",
    "th.sequence.constant": "恒定",
    "th.sequence.decaying": "衰减",
    "th.sequence.burst": "突发",
    "th.sequence.noise": "噪声",
    "th.avr_gamma": "RMSProp 的衰减率 γ",
    "th.seq.constant": (
        "constant（恒定）：每一步 gₜ = 1。什么都没变，AdaGrad 的步长却像 1/√t 那样不断缩小；"
        "RMSProp 的步长起初较大（它的 s 从 0 开始），随后稳定在 η。"
    ),
    "th.seq.decaying": (
        "decaying（衰减）：gₜ = 0.97ᵗ⁻¹，就像训练接近最小值时那样。AdaGrad 的累加和收敛，"
        "所以它的步长被冻结；RMSProp 的均方随梯度一同下降，所以它的步长变大，每步移动的距离（步长 "
        "× g）保持在 η 附近。"
    ),
    "th.seq.burst": (
        "burst（突发）：gₜ = 1，但第 61 到 70 步为 10。AdaGrad 永远忘不掉这次突发；RMSProp "
        "的步长在突发期间下降，并在 1/(1 − γ) 步的几倍之内恢复。"
    ),
    "th.seq.noise": (
        "noise（噪声）：gₜ 取自标准正态分布（固定随机种子）。AdaGrad 的步长稳步缩小；RMSProp "
        "的步长在 η 附近波动，因为它的 s 跟随噪声的均方（1）。"
    ),
    "th.avr_setup": (
        "两个优化器都按 PyTorch 约定在单个参数上运行 {steps} 步，η = {lr:g}（AdaGrad 的 ε = "
        "{eps_adagrad:g}，RMSProp 的 ε = {eps_rmsprop:g}）；无论 x 在哪里，第 t "
        "步的梯度都是序列中的 gₜ。当 γ = {gamma:g} 时，RMSProp 大致记住最近 1/(1 − γ) ≈ "
        "{window:.3g} 步。"
    ),
    "th.chart_gradient": "梯度 gₜ",
    "th.chart_effective": "有效步长 η / (√sₜ + ε)，对数刻度",
    "th.avr_result": (
        "第 {steps} 步时，AdaGrad 的有效步长为 {adagrad:.3g}，是它迄今最小值的 "
        "**{adagrad_ratio:.3g}×**；RMSProp 的为 {rmsprop:.3g}，是它迄今最小值的 "
        "**{rmsprop_ratio:.3g}×**。"
    ),
    "th.pitfalls": "在框架之间迁移时的陷阱",
    "th.pitfalls_intro": (
        "优化器名称相同、超参数相同，数值却不同：下面是框架之间的三处差异，"
        "每一处都由引擎在单个参数、恒定梯度下实测。"
    ),
    "th.pit_eps": "ε 放在哪里",
    "th.pit_eps_text": (
        "PyTorch 在平方根之后加 ε；Keras 3、TensorFlow 1 和 d2l 在根号内加。对于一般大小的梯度，"
        "两者给出的步长相同。一旦 g² 与 ε 相当，起作用的就是 ε 的平方根：√(s + ε) 至少为 √ε，"
        "远大于 ε 本身，所以在 η、γ 和 ε 都相同时，把 ε 放在根号内的约定走的步子会短得多。"
        "请观察最后一列如何随梯度缩小而下降。"
    ),
    "th.pit_eps_setup": (
        "各约定中的 RMSProp 均取 η = {lr:g}、γ = {gamma:g}、ε = {eps:g}，恒定梯度的大小见第一列；"
        "表中是第 {steps} 步的移动距离 |xₜ − xₜ₋₁|。"
    ),
    "th.col.gradient": "梯度 g",
    "th.col.step_in": "移动距离，{convention}",
    "th.col.ratio": "Keras 3 ÷ PyTorch",
    "th.pit_tf1": "TensorFlow 1 的 RMSProp 把均方的初值设为 1",
    "th.pit_tf1_text": (
        "tf.compat.v1.train.RMSPropOptimizer 把 s 初始化为 1 而不是 0。当梯度远小于 1 时，s "
        "会在很长时间内保持在 1 附近，所以最初几步的长度约为 η·|g|，而 PyTorch（以及 Keras 3）"
        "的至少为 η。只有当 γᵗ 衰减到约 g²，即大约 ln(1/g²)/(1 − γ) 步之后，差距才会消失。从 "
        "TensorFlow 1 移植过来的代码可能需要更大的 η 或更多的步数。"
    ),
    "th.pit_tf1_setup": (
        "两种约定中的 RMSProp 均取 η = {lr:g}、γ = {gamma:g}、ε = {eps:g}，恒定梯度 g = {g:g}，"
        "运行 {steps} 步。"
    ),
    "th.chart_step_length": "移动距离 |xₜ − xₜ₋₁|，对数刻度",
    "th.pit_tf1_result": (
        "第 1 步：TensorFlow 1 移动 **{tf1:.3g}**，PyTorch 移动 **{torch:.3g}**，是前者的 "
        "{ratio:.0f} 倍。TensorFlow 1 的步子直到第 **{half}** 步才首次达到 PyTorch 的一半。"
    ),
    "th.pit_adam": "Keras 的 “ε-hat” Adam 与 PyTorch 的 Adam",
    "th.pit_adam_text": (
        "Keras 3 和 TensorFlow 1 把 Adam 的偏差修正并入步长 η√(1 − β₂ᵗ)/(1 − β₁ᵗ)，并把 ε "
        "加到未经修正的 √vₜ 上（Adam 论文提到了这种形式，并把这个 ε 称为 “ε-hat”）。PyTorch 和 d2l "
        "先修正 v，再把 ε 加到 √v̂ₜ 上。若写成 PyTorch 的形式，Keras 的 ε 相当于 ε/√(1 − β₂ᵗ)：当 "
        "β₂ = 0.999 时，第 1 步约大 32 倍，到第 1000 步仍大 1.26 倍。只有当 √v 并不比 ε 大很多，"
        "也就是梯度极小时，这一点才有影响，此时 Keras 最初几步的步子要短得多。"
    ),
    "th.pit_adam_setup": (
        "两种约定中的 Adam 均取 η = {lr:g}、ε = {eps:g}、β₁ = 0.9、β₂ = 0.999，恒定梯度 g = {g:g}，"
        "运行 {steps} 步（步数轴为对数刻度）。"
    ),
    "th.col.step": "步数 t",
    "th.col.effective_eps": "Keras 的 ε 写成 PyTorch 形式，ε/√(1 − β₂ᵗ)",
    "th.glance": "所有优化器一览",
    "th.col.optimizer": "优化器",
    "th.col.idea": "思路",
    "th.col.state": "每个参数的状态",
    "th.col.strengths": "优点",
    "th.col.weaknesses": "缺点",
    "th.col.when": "适用场景",
    "th.glance.sgd.idea": "沿梯度的反方向走一步，按 η 缩放。",
    "th.glance.sgd.state": "无",
    "th.glance.sgd.strengths": "最简单、开销最小；易于分析；配合调好的学习率调度，泛化往往最好。",
    "th.glance.sgd.weaknesses": (
        "所有方向共用一个 η：在平坦方向上慢，在陡峭方向上不稳定；在平台区和鞍点附近缓慢爬行。"
    ),
    "th.glance.sgd.when": "凸问题和小规模问题、教学，以及配合调好的学习率调度的大规模训练。",
    "th.glance.momentum.idea": "沿过去梯度的衰减累积和走一步。",
    "th.glance.momentum.state": "b（1 个数组）",
    "th.glance.momentum.strengths": "在梯度方向一致的方向上更快；抑制横穿狭窄山谷时的之字形振荡。",
    "th.glance.momentum.weaknesses": "多一个要调的超参数（μ）；可能冲过头，在最小值附近绕圈。",
    "th.glance.momentum.when": "SGD 的标准升级版，例如卷积神经网络常取 μ = 0.9。",
    "th.glance.nesterov.idea": "动量，再用动量步之后的梯度加以修正。",
    "th.glance.nesterov.state": "b（1 个数组）",
    "th.glance.nesterov.strengths": "比动量早一步察觉过冲；通常更快、更稳一些。",
    "th.glance.nesterov.weaknesses": "超参数与动量相同；梯度噪声大时，优势会缩小。",
    "th.glance.nesterov.when": "凡是会用动量的地方。",
    "th.glance.adagrad.idea": "按坐标把 η 除以过去所有 g² 之和的平方根。",
    "th.glance.adagrad.state": "s（1 个数组）",
    "th.glance.adagrad.strengths": "每个坐标有自己的步长；罕见特征保持大步长；η 几乎不用调。",
    "th.glance.adagrad.weaknesses": (
        "步长只减不增，长时间训练会停滞；一次大梯度就会让相应坐标永久变慢。"
    ),
    "th.glance.adagrad.when": "具有稀疏特征的凸问题（线性模型、罕见词的词嵌入）。",
    "th.glance.rmsprop.idea": "用 g² 的移动平均代替累加和的 AdaGrad（记忆约 1/(1 − γ) 步）。",
    "th.glance.rmsprop.state": "s（1 个数组）；centered 时另加 ḡ，带动量时另加 b",
    "th.glance.rmsprop.strengths": (
        "逐坐标的步长可增可减；能应对非凸问题和不断变化的问题，也能适应任意梯度尺度。"
    ),
    "th.glance.rmsprop.weaknesses": (
        "没有偏差修正：s 从 0 开始时最初几步很长，在 TensorFlow 1 的 s₀ = 1 下又极短；ε "
        "的位置和默认值因框架而异。"
    ),
    "th.glance.rmsprop.when": "循环神经网络和强化学习；以及 AdaGrad 停滞的任何场合。",
    "th.glance.adadelta.idea": "把 η 换成过去更新量均方根的 RMSProp。",
    "th.glance.adadelta.state": "s、u（2 个数组）",
    "th.glance.adadelta.strengths": "更新量与 x 单位相同；几乎没有需要调的学习率。",
    "th.glance.adadelta.weaknesses": (
        "起步慢（u 从 0 开始，所以最初几步约为 √ε）；如今很少优于 RMSProp 或 Adam。"
    ),
    "th.glance.adadelta.when": "需要一种不必调学习率的自适应方法时。",
    "th.glance.adam.idea": "动量（m）除以 RMSProp 式的尺度（√v），两者都经过偏差修正。",
    "th.glance.adam.state": "m、v（2 个数组）；AMSGrad 时另加 v_max",
    "th.glance.adam.strengths": (
        "在大多数问题上开箱即用；无论梯度尺度如何，每个坐标每步约移动 η；能处理噪声和稀疏梯度。"
    ),
    "th.glance.adam.weaknesses": (
        "多两个数组；泛化可能不如调好的 SGD；L2 权重衰减会被重新缩放；ε 的约定不一（ε-hat）。"
    ),
    "th.glance.adam.when": "深度网络和快速实验的常用首选。",
    "th.glance.adamw.idea": "Adam，但权重衰减直接作用于权重。",
    "th.glance.adamw.state": "m、v（2 个数组），同 Adam",
    "th.glance.adamw.strengths": (
        "权重衰减按预期生效，与梯度尺度无关；λ 和 η 可以分开调；泛化通常优于带 L2 的 Adam。"
    ),
    "th.glance.adamw.weaknesses": (
        "同 Adam；λ 的含义因框架而异（PyTorch 会把它乘以 η，TensorFlow 1 的 contrib 版本则不会）。"
    ),
    "th.glance.adamw.when": "带权重衰减的训练：Transformer 和微调的标准选择。",
    "th.glance.nadam.idea": "带 Nesterov 前瞻、动量系数逐步上升的 Adam。",
    "th.glance.nadam.state": "m、v（2 个数组）和一个数 Π",
    "th.glance.nadam.strengths": "在相同 η 下常比 Adam 稍快；对梯度尺度同样稳健。",
    "th.glance.nadam.weaknesses": "多一个需要了解的调度（ψ），而且 PyTorch 和 Keras 用的调度不同。",
    "th.glance.nadam.when": "Adam 好用、又希望稍微提速的场合。",
    "th.glance.radam.idea": "在方差估计可信之前先走动量步的 Adam。",
    "th.glance.radam.state": "m、v（2 个数组）",
    "th.glance.radam.strengths": "无需预热调度，起步平稳；早期对 η 不如 Adam 敏感。",
    "th.glance.radam.weaknesses": (
        "最初几步是大小为 η·m̂ 的普通动量步，可能很大；只有 PyTorch 提供。"
    ),
    "th.glance.radam.when": "Adam 需要预热才能稳定、而你又不想去调预热的时候。",
    "th.glance.adamax.idea": "用 |g| 的衰减最大值代替均方的 Adam。",
    "th.glance.adamax.state": "m、u（2 个数组）",
    "th.glance.adamax.strengths": "步长有上界（每个坐标最多约 η）；u 不需要偏差修正。",
    "th.glance.adamax.weaknesses": "一个大梯度会让步子在很长时间内变小；很少优于 Adam。",
    "th.glance.adamax.when": "稀疏或重尾的梯度，例如嵌入层。",
    "th.glance.lion.idea": "取动量与梯度混合的符号：每个坐标恰好移动 η。",
    "th.glance.lion.state": "m（1 个数组）",
    "th.glance.lion.strengths": "内存只有 Adam 的一半；步长已知；在大型视觉和语言模型上表现良好。",
    "th.glance.lion.weaknesses": (
        "永远不会精确地停下来（步长始终为 η）；需要比 AdamW 更小的 η 和更大的 λ。"
    ),
    "th.glance.lion.when": "优化器内存很重要的大模型。",
    "th.glance.schedule_free_adamw.idea": "在 z 上走 Adam 步；显示的点是迄今所有 z 的平均。",
    "th.glance.schedule_free_adamw.state": "z、y、v（3 个数组）和一个数",
    "th.glance.schedule_free_adamw.strengths": (
        "无需设计调度，也无需事先确定训练长度；常能媲美调好的余弦调度。"
    ),
    "th.glance.schedule_free_adamw.weaknesses": (
        "梯度在 y 处而不是在显示的点处计算，因此模型必须在 x 处评估；"
        "PyTorch 和 Keras 对平均的加权方式不同。"
    ),
    "th.glance.schedule_free_adamw.when": "事先不知道要训练多少步，或想省去调节调度的时候。",
    "th.refs": "参考文献",
    "th.ref.tieleman": (
        "Tieleman, T. & Hinton, G.（2012）。Lecture 6.5: rmsprop, divide the gradient by a running "
        "average of its recent magnitude（第 6.5 讲：rmsprop，用梯度近期大小的移动平均去除梯度）。"
        "*Neural Networks for Machine Learning*，Coursera 课程。"
        "[幻灯片](https://www.cs.toronto.edu/~tijmen/csc321/slides/lecture_slides_lec6.pdf)"
    ),
    "th.ref.duchi": (
        "Duchi, J., Hazan, E. & Singer, Y.（2011）。Adaptive subgradient methods for online "
        "learning and stochastic optimization（用于在线学习和随机优化的自适应次梯度方法）。"
        "*Journal of Machine Learning Research* 12，2121–2159。"
        "[JMLR](https://jmlr.org/papers/v12/duchi11a.html)"
    ),
    "th.ref.zeiler": (
        "Zeiler, M. D.（2012）。ADADELTA: an adaptive learning rate method（ADADELTA："
        "一种自适应学习率方法）。[arXiv:1212.5701](https://arxiv.org/abs/1212.5701)"
    ),
    "th.ref.kingma": (
        "Kingma, D. P. & Ba, J.（2015）。Adam: a method for stochastic optimization（Adam："
        "一种随机优化方法）。*ICLR 2015*。[arXiv:1412.6980](https://arxiv.org/abs/1412.6980)"
    ),
    "th.ref.loshchilov": (
        "Loshchilov, I. & Hutter, F.（2019）。Decoupled weight decay "
        "regularization（解耦权重衰减正则化）。*ICLR 2019*。[arXiv:1711.05101]"
        "(https://arxiv.org/abs/1711.05101)"
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
        "[博客文章](https://kellerjordan.github.io/posts/muon/)"
    ),
    "th.ref.d2l": (
        "Zhang, A., Lipton, Z. C., Li, M. & Smola, A. J. *Dive into Deep Learning*，第 12 章："
        "Optimization Algorithms。[d2l.ai](https://d2l.ai/chapter_optimization/index.html)。"
        "中文版：《动手学深度学习》（第二版），第 11 章“优化算法”。"
        "[zh-v2.d2l.ai](https://zh-v2.d2l.ai/chapter_optimization/index.html)"
    ),
    "nav.linear_regression": "线性回归",
    "lr.title": "线性回归：用 {optimizer} 拟合直线",
    "lr.lead": (
        "100 个点散布在直线 y = 4 + 3x 周围（NumPy 线性回归教程中的数据，由它自己的生成器产生）。"
        "优化器调整截距 θ₀ 和斜率 θ₁，使均方误差最小。左图：数据和当前的直线；右图：θ "
        "在误差等高线图上的路径。默认值沿用该教程：RMSProp，η = 0.1，γ = 0.9，ε = 10⁻⁸ 在平方根内，"
        "1000 步全批量更新。"
    ),
    "lr.batch_size": "批量大小（100 = 全批量）",
    "lr.seed": "随机种子（决定每个小批量取哪些点）",
    "lr.batch_size_help": "批量越小，梯度噪声越大、计算越省：这就是小批量训练。",
    "lr.decay": "η 每步的衰减系数",
    "lr.decay_help": "η_t = η × decay^t；取 1 时 η 保持不变，与教程一致。",
    "lr.data": "数据",
    "lr.fit": "当前直线",
    "lr.least_squares": "最小二乘",
    "lr.final": "最终 θ（截距，斜率）",
    "lr.least_squares_metric": "最小二乘解",
    "lr.distance": "两者之间的距离",
    "lr.diverged": "在第 {step} 步发散：请试试更小的 η。",
    "lr.circling": (
        "**训练没有稳定下来。** 在最后 50 步中，θ 与最小二乘解的距离始终在 {low:.3g} 到 {high:.3g} "
        "之间：在恒定的 η = {lr:g} 下，它绕着最优解打转，而不是落到最优解上。"
    ),
    "lr.circling_fixed": (
        "**训练没有稳定下来。** 在最后 50 步中，θ 与最小二乘解的距离恰好保持为 {distance:.3g}："
        "在恒定的 η = {lr:g} 下，它绕着最优解打转，而不是落到最优解上。"
    ),
    "lr.why_adaptive": (
        "原因：每一步都用梯度除以它自身近期均方的平方根，即 g / √s。在最优解附近 g 变小，但 s "
        "也随之缩小，所以 g / √s 始终接近 ±1，每一步在每个坐标上的长度都保持在约 η = {lr:g}。θ "
        "最终在解两侧各约 {half:g} 处的两个点之间来回跳动：教程给出的答案 (4.1722, 2.9185) "
        "就是其中之一，两个坐标都比 (4.2222, 2.9685) 小 0.05。"
    ),
    "lr.fix": "解决办法是让 η 衰减，这样跳动也会随之变小：",
    "lr.fix_link": "试试每步令 η × 0.99",
    "lr.decayed": "当 η 每步按 ×{decay:g} 缩小时，最终 θ 与最小二乘解的距离为 {distance:.2g}。",
    "lr.mse_gap": "MSE(θₜ) − 最小值",
    "lr.closeup": "★（最小二乘解）附近的特写：最后 {n} 步",
    # issue 16.4: minibatch noise
    "lr.minibatch": "本步批量",
    "lr.minibatch_loss": "它的等值线",
    "lr.minibatch_minimum": "它的最小值",
    "lr.minibatch_note": (
        "紫色：第 k 步的小批量（100 个点中的 {b} 个，左图中圈出）及其自身的损失（右图）："
        "它的最小值 ✕ 和三条等值线：一条经过 θₖ₋₁（这一步计算梯度的位置），"
        "一条宽一倍，一条窄一半。每一步都抽取"
        "另一个批量，所以这个碗在帧与帧之间移动：这一步沿着它下坡，而不是沿着背后的完整损失。"
        "噪声就来自这里。"
    ),
    "lr.noise_title": "梯度噪声与批量大小",
    "lr.noise_batch_size": "批量大小 B",
    "lr.noise_variance": "E‖g_B − ∇MSE‖²",
    "lr.noise_least_squares": "在 ★（最小二乘解）处测得",
    "lr.noise_start": "在起点 θ₀ 处测得",
    "lr.noise_exact": "精确值：σ²(n − B) / (B(n − 1))",
    "lr.noise_one_over_b": "σ²/B：1/B 规律",
    "lr.noise_zero": "B = {n}：没有噪声",
    "lr.noise_chosen": "此处 B = {b}",
    "lr.noise_caption": (
        "小批量梯度 g_B 平均偏离完整梯度 ∇MSE 多远：E‖g_B − ∇MSE‖²，每个 B 在 {draws:,} 个"
        "小批量上测得，抽取方式与训练相同（每批 B 个不同的点）。在 ★ 处完整梯度为 0，所以那里"
        "一步的梯度全是噪声：正是它让常数 η 的小批量训练无法停下。起点处噪声更大，但以同样的"
        "方式下降。若有放回地抽取，噪声为 σ²/B（σ²：单个点梯度的方差），即 1/B 规律：批量翻倍，"
        "噪声减半。这里每批取 n = 100 个点中 B 个不同的点，因此精确值为 σ²(n − B)/(B(n − 1))："
        "略小于 σ²/B，且在 B = n 时为 0（对数坐标轴无法显示 0）。"
    ),
    "pg.formula": "你的 f(x, y)",
    "pg.formula_help": (
        "可以使用：数字、x、y、pi、e、+ - * / 和 **（或 ^）、括号，以及 sin cos tan exp log sqrt "
        "abs tanh sinh cosh arctan。你输入的内容不会被当作代码执行。最多 300 个字符。"
    ),
    "pg.formula_bad": "{reason} 在修正之前，页面会绘制示例 {example}。",
    "formula.allowed": (
        "数字、x、y、pi、e、+ - * / **（或 ^）、括号，以及函数 sin cos tan exp log (ln) "
        "sqrt abs tanh sinh cosh arctan (atan)"
    ),
    "formula.at": ("第 {position} 个字符处："),
    "formula.err.not_text": ("公式必须是文本。可用：{allowed}。"),
    "formula.err.empty": ("公式为空：请用 {allowed} 写出 f(x, y)。"),
    "formula.err.too_long": ("公式有 {length} 个字符，最多 {maximum} 个。"),
    "formula.err.character": ("不允许字符 {char!r}：请只用英文半角字符（{allowed}）。"),
    "formula.err.syntax": ("无法读懂这里的公式（少了括号或运算符？）。可用：{allowed}。"),
    "formula.err.too_deep": ("公式嵌套太深。"),
    "formula.err.undefined": ("公式处处无定义（除以零了？）。"),
    "formula.err.complex": ("公式会取复数值；请使用实数表达式。"),
    "formula.err.too_many_parts": ("公式太长：最多 {maximum} 个部分。"),
    "formula.err.big_constant": ("这个常数太大或无定义。可用：{allowed}。"),
    "formula.err.value": ("不允许值 {value}。可用：{allowed}。"),
    "formula.err.big_number": ("不允许大于 {limit} 的数。可用：{allowed}。"),
    "formula.err.name": ("不允许名称 {name!r}。可用：{allowed}。"),
    "formula.err.call": ("不允许这种调用。可用：{allowed}。"),
    "formula.err.function": ("不允许函数 {name!r}。可用：{allowed}。"),
    "formula.err.arguments": ("{name} 只接受一个普通参数。可用：{allowed}。"),
    "formula.err.construct": ("不允许这类表达式（{kind}）。可用：{allowed}。"),
    "formula.err.big_exponent": ("不允许超过 ±{limit} 的指数。可用：{allowed}。"),
    "formula.err.cannot_evaluate": ("公式化简后含有 {function}，无法计算。"),
    "formula.err.other": ("无法使用这个公式。"),
    "hyper.err.boolean": ("{name} 只能是开或关；收到 {value}。"),
    "hyper.err.number": ("{name} 必须是数字；收到 {value}。"),
    "hyper.err.finite": ("{name} 必须是有限的数；收到 {value}。"),
    "hyper.err.positive": ("{name} 必须大于 0；收到 {value}。"),
    "hyper.err.unit_open": ("{name} 必须不小于 0 且小于 1；收到 {value}。"),
    "hyper.err.unit_closed": ("{name} 必须在 0 到 1 之间；收到 {value}。"),
    "hyper.err.nonnegative": ("{name} 必须大于或等于 0；收到 {value}。"),
    "hyper.err.whole": "{name} 必须是大于或等于 0 的整数；收到 {value}。",
    "hyper.err.convention": (
        "{optimizer} 没有 {convention} 版本：该框架没有这个优化器。可在 {available} 中使用。"
    ),
    "pg.example.quartic": "四次碗形",
    "pg.example.valley": "狭窄山谷",
    "pg.example.plateau": "平台",
    "pg.example.cliff": "悬崖",
    "pg.x_min": "x 下限",
    "pg.x_max": "x 上限",
    "pg.y_min": "y 下限",
    "pg.y_max": "y 上限",
    "pg.domain_bad": "绘图区域需要满足 x 下限 < x 上限、y 下限 < y 上限；现改用 −2 到 2。",
    "preset.d2l_rmsprop": "《动手学深度学习》中的 RMSProp 示例：η 0.4，γ 0.9，20 步",
    "preset.adagrad_stalls": "AdaGrad 在同一个椭圆上停滞（与上一个对比）",
    "preset.divergence": "η 过大：SGD 在 Rosenbrock 山谷中发散",
    "preset.saddle": "从略偏离山脊的位置逃离鞍点",
    "preset.rosenbrock": "用 Adam 走 Rosenbrock 山谷",
    "preset.rotated": "旋转的椭圆：逐坐标步长失去优势",
    "preset.himmelblau": "Himmelblau：四个最小值中的哪一个？",
    "preset.lion": "Lion：无论梯度如何，每一步都是 η 长",
    "preset.schedule_free": "无调度 AdamW：z 还在移动，平均值已经稳定下来",
    "dg.title": "诊断这次运行",
    "dg.case": "案例",
    "dg.case_help": "每个案例都有自己的链接（…&case=…），老师可以只发其中一个。链接里看不出答案。",
    "dg.settings": "{optimizer}（{framework}），{hyper} · 起点 ({x0}, {y0}) · {steps} 步",
    "dg.answer": "问题出在哪里？",
    "dg.check": "核对答案",
    "dg.next": "下一个案例",
    "dg.right": "答对了！",
    "dg.wrong": "不太对。原因是：{answer}",
    "dg.fixed_link": "在演练场中打开修正后的运行",
    "dg.score": "得分：{total} 题答对 {right} 题",
    "dg.score_none": "得分：还没有作答",
    "dg.file_error": "案例文件无法使用：{reason}",
    # issue 16.1: theory beside measurement
    "tm.title": "理论的预测",
    "tm.quadratic": (
        "f 是二次函数，它的 Hessian 处处相同，所以这些数值是精确的。它的特征值就是沿等高线椭"
        "圆各轴的曲率；最小值点在 ({point})。"
    ),
    "tm.local": (
        "f 不是二次函数：这些数值用的是路径所趋向的最小值点 ({point}) 处的 Hessian，只在它附"
        "近成立（局部）。"
    ),
    "tm.beta_note": "这里 μ 表示最小的曲率，所以动量（控件中的 μ）写作 β。",
    "tm.not_convex": (
        "两个曲率是 μ = {mu} 和 L = {L}，并非都为正，所以这一点不是最小值点（是鞍点，或在某个"
        "方向上是平的）。没有条件数，也没有最佳步长。"
    ),
    "tm.no_minimum": "理论需要一个最小值点，但在这次运行结束的位置附近没有找到。",
    "tm.edge": (
        "梯度下降只有在 η 低于这个界限时才收敛：超过它，每一步在陡峭方向上越过的距离都比出发"
        "时更远。"
    ),
    "tm.method.sgd": "梯度下降：最佳的常数 η",
    "tm.method.momentum": "重球法：最佳的 η 和 β",
    "tm.method.nesterov": "Nesterov：经典的选择",
    "tm.run_it": "运行：{method}",
    "tm.own_heavy_ball": (
        "当 η = {lr}、β = {beta} 时，理论给出的收敛率是 ρ = {rate}：即 z² − (1 + β − ηλ) z + "
        "β = 0 的根中 |z| 最大者，λ 取 μ = {mu} 和 L = {L}。"
    ),
    "tm.own_nesterov": (
        "当 η = {lr}、β = {beta} 时，理论给出的收敛率是 ρ = {rate}：即 z² − (1 + β)(1 − ηλ) "
        "z + β (1 − ηλ) = 0 的根中 |z| 最大者，λ 取 μ = {mu} 和 L = {L}。"
    ),
    "tm.no_theory": (
        "对这些设置，理论给不出收敛率：自适应优化器按梯度的历史缩放步长，而权重衰减、阻尼、噪"
        "声、裁剪或学习率调度都会改变这个映射。图中把这次运行与梯度下降的最佳收敛率对比。"
    ),
    "tm.measured": (
        "实测：到最小值点的距离每步缩小为 ρ ≈ {rate} 倍（对运行后半段、在舍入误差下限之前的拟合）。"
    ),
    "tm.distance": "‖x_t − x*‖，实测",
    "tm.predicted_own": "理论，你的设置：ρ = {rate}",
    "tm.predicted_best": "理论，最佳梯度下降：ρ = {rate}",
    "tm.chart_title": "到最小值点的距离，以及理论预测的收敛率",
    "tm.col.method": "方法",
    "tm.col.rate": "每步的 ρ",
    "tm.col.steps": "缩小 {factor} 倍所需步数",
    "tm.short.sgd": "梯度下降，最佳 η",
    "tm.short.momentum": "重球法，最佳 η 和 β",
    "tm.short.nesterov": "Nesterov，经典选择",
    "tm.row.own": "你的设置",
    "tm.how": "这些数值如何由 μ 和 L 得出",
    # issue 16.2: a fair race
    "cmp.tune": "为每个优化器调 η（公平比赛）",
    "cmp.tune_help": (
        "每个优化器都跑同样的 {n} 个 η 值（从 10⁻⁴ 到 10 按对数均匀分布），并用得分最好的那个"
        "参赛；其他设置保持不变。"
    ),
    "cmp.tune_by": "调参的评分",
    "cmp.tune_by.final": "最终差距 f(x_T) − f*",
    "cmp.tune_by.steps": "达到容差的步数",
    "cmp.tuned_note.final": (
        "每个优化器都用同样的 {n} 个 η 值（从 {low} 到 {high}）跑了 {steps} 步，并用结束时最"
        "低的那个 η 参赛。"
        "名称中的 η 就是它调得的值。"
    ),
    "cmp.tuned_note.steps": (
        "每个优化器都跑了同样的 {n} 个 η 值（从 {low} 到 {high}），并用最先进入最小值 {tol} "
        "以内的那个 η 参赛（并列或都没达到时：用结束时最低的那个）。"
        "名称中的 η 就是它调得的值。"
    ),
    "cmp.tuning_curves": "调参曲线：每个试过的 η 的得分",
    "cmp.tuning_title.final": "最终差距与 η 的关系（圆圈：参赛的 η）",
    "cmp.tuning_title.steps": "进入 {tol} 以内所需步数与 η 的关系（圆圈：参赛的 η）",
}
