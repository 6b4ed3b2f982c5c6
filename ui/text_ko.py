"""한국어 catalog (ko): every key of ui.text.EN, translated."""

KO: dict[str, str] = {
    "app.title": "옵티마이저 실험실",
    "lang.label": "언어 (Language)",
    "class.panel": "수업",
    "class.present": "발표 모드",
    "class.present_help": (
        "프로젝터용: 더 큰 글자, 더 굵은 경로, 사이드바를 접고 "
        "각 페이지에 그림과 핵심 수치만 남깁니다."
    ),
    "class.bad_present": (
        "링크의 present={value!r} 값은 쓰지 않았습니다: present=1 또는 present=0 으로 쓰세요."
    ),
    "class.hide": "숨길 컨트롤",
    "class.hide_help": (
        "아래 링크를 연 학생에게는 이 컨트롤이 보이지 않습니다. 링크에 담긴 값은 그대로 적용됩니다."
    ),
    "class.hide_none": "숨긴 컨트롤 없음",
    "class.bad_hide": "링크가 {names} 을(를) 숨기라고 했지만 그런 컨트롤이 없어 무시했습니다.",
    "class.link_help": "이 수업 설정이 담긴 이 화면의 링크:",
    "app.icon": "📉",
    "app.open": "페이지 열기",
    "nav.home": "홈",
    "home.title": "옵티마이저 실험실",
    "home.lead": (
        "경사 하강법과 그 적응형 변형들(SGD, Momentum, Nesterov, AdaGrad, **RMSProp**, Adadelta, "
        "Adam, AdamW, NAdam, RAdam, Adamax, Lion, 스케줄 프리 AdamW)이 곡면 위를 한 스텝씩 "
        "움직이는 모습을 지켜보세요. 모든 수치는 PyTorch, Keras, TensorFlow 1, 그리고 *Dive into "
        "Deep Learning* 교재와 정확히 일치하는 작은 NumPy 엔진이 계산하므로, 여러분의 코드와 직접 "
        "맞춰 볼 수 있습니다."
    ),
    "home.class_title": "수업에서",
    "home.class_body": (
        "모든 화면은 링크입니다. 각 컨트롤 값이 페이지 주소에 기록되므로, 복사하거나 "
        "북마크하거나 슬라이드에 넣은 링크는 모든 학생에게 정확히 같은 실행 결과를 보여 "
        "줍니다. 아래 프리셋에서 시작해 하나만 바꿔 보고, 페이지의 **이 화면 공유**로 결과를 "
        "공유하세요."
    ),
    "home.presets_title": "여기서 시작하는 수업",
    "home.pages_title": "페이지",
    "home.playground_card_title": "플레이그라운드",
    "home.playground_card": (
        "옵티마이저 하나, 모든 설정. 경로가 곡면 위를 지나가는 모습을 보고, 옵티마이저 "
        "내부(상태, 실효 스텝 크기)를 들여다보고, 원하는 스텝 하나를 손으로 검산해 보세요."
    ),
    "home.playground_open": "플레이그라운드 열기",
    "home.engine_title": "직접 검증할 수 있는 수치",
    "home.engine_body": (
        "교재의 RMSProp 예제(d2l 규약, η = 0.4, γ = 0.9, 제곱근 안의 ε = 10⁻⁶, f = 0.1x² + "
        "2y²에서 (−5, −2)부터 20스텝)를 같은 엔진으로 계산한 결과:"
    ),
    "home.engine_result": "{steps}스텝 후: x₁ = {x1:.6f}, x₂ = {x2:.6f}",
    "home.compare_card_title": "비교",
    "home.compare_card": (
        "같은 시작점에서 최대 여섯 개의 옵티마이저를 경주시키거나, 하이퍼파라미터 하나를 "
        "스윕하거나, 시작점 격자 전체를 한 번에 실행해 각 시작점이 어느 최솟값에 도달하는지 "
        "지도로 그려 보세요. 순위표가 실행 결과에 점수를 매깁니다."
    ),
    "home.compare_open": "비교 열기",
    "home.regression_card_title": "선형 회귀",
    "home.regression_card": (
        "RMSProp이 NumPy 선형 회귀 튜토리얼의 노이즈 섞인 점 100개에 직선을 맞춥니다. 데이터 위와 "
        "오차 곡면 위의 애니메이션을 나란히 보여 주고, 상수 η로는 왜 최적점 주위를 맴도는지 "
        "설명합니다."
    ),
    "home.regression_open": "선형 회귀 열기",
    "home.network_card_title": "신경망",
    "home.network_card": (
        "작은 신경망이 Keras MNIST 튜토리얼의 방식대로 같은 옵티마이저로 손글씨 숫자를 학습합니다. "
        "같은 시작점에서 최대 네 개를 비교하고, 손실과 정확도가 변하는 모습을 보고, 어떤 숫자를 "
        "잘못 읽는지 확인하세요."
    ),
    "home.network_open": "신경망 열기",
    "home.theory_card_title": "이론",
    "home.theory_card": (
        "각 프레임워크의 형태로 쓴 모든 업데이트 규칙, AdaGrad는 느려지는데 RMSProp은 그렇지 "
        "않은 이유, 프레임워크를 옮길 때의 함정, 그리고 원 논문들."
    ),
    "home.theory_open": "이론 열기",
    "nav.playground": "플레이그라운드",
    "pg.title": "플레이그라운드",
    "pg.caption": (
        "곡면과 옵티마이저를 고르고 η 등을 설정한 뒤 ▶ 재생을 누르세요. 그림을 클릭하면 그 "
        "지점에서 출발합니다. 모든 컨트롤이 페이지 "
        "링크에 포함되므로, 주소 표시줄에서 링크를 복사해 이 화면을 공유할 수 있습니다."
    ),
    "pg.presets": "프리셋 (각각 링크입니다)",
    "pg.surface": "곡면",
    "surface.ellipse": "타원 0.1x² + 2y² (d2l 예제)",
    "surface.rotated_ellipse": "회전된 타원",
    "surface.rosenbrock": "Rosenbrock 골짜기",
    "surface.beale": "Beale",
    "surface.himmelblau": "Himmelblau (최솟값 네 개)",
    "surface.booth": "Booth",
    "surface.saddle": "안장 x² − y²",
    "surface.six_hump_camel": "육봉 낙타 함수",
    "surface.rastrigin": "Rastrigin (국소 최솟값이 많음)",
    "surface.ackley": "Ackley",
    "surface.custom": "직접 입력한 f(x, y)…",
    "pg.optimizer": "옵티마이저",
    "pg.convention": "규약",
    "pg.convention_help": (
        "어느 프레임워크의 공식과 기본값을 따를지 정합니다: PyTorch, Keras 3, TensorFlow 1, "
        "또는 Dive into Deep Learning 교재. ε의 위치, 기본값 등이 서로 다릅니다."
    ),
    "pg.hyper": "하이퍼파라미터",
    "pg.lr": "학습률 η",
    "pg.gamma": "감쇠율 γ",
    "pg.eps": "ε",
    "pg.momentum": "모멘텀 μ",
    "pg.dampening": "댐프닝 τ",
    "pg.centered": "중심화 (centered)",
    "pg.beta1": "β₁",
    "pg.beta2": "β₂",
    "pg.amsgrad": "AMSGrad",
    "pg.weight_decay": "가중치 감쇠 λ",
    "pg.lr_decay": "η 감쇠 (PyTorch AdaGrad)",
    "pg.initial_accumulator_value": "누적값의 초깃값 s₀",
    "pg.momentum_decay": "모멘텀 감쇠 ψ (PyTorch NAdam)",
    "pg.decoupled_weight_decay": "분리형 가중치 감쇠 (AdamW처럼)",
    "pg.warmup_steps": "워밍업 스텝 수 W",
    "pg.nesterov": "Nesterov 모멘텀",
    "pg.ns_steps": "Newton–Schulz 반복 횟수 k",
    "pg.names_help": "다른 이름: {names}",
    "pg.reset": "이 규약의 기본값으로 되돌리기",
    "pg.use_convention": "{convention} 사용",
    "pg.run": "실행",
    "pg.steps": "스텝 수",
    "pg.x0": "시작 x",
    "pg.y0": "시작 y",
    "pg.options": "노이즈, 클리핑, 스케줄",
    "pg.noise": "그래디언트 노이즈 σ",
    "pg.seed": "노이즈 시드",
    "pg.clip": "그래디언트 클리핑",
    "pg.clip.none": "없음",
    "pg.clip.value": "값 기준",
    "pg.clip.norm": "노름 기준",
    "pg.clip_threshold": "클리핑 임계값 c",
    "pg.schedule": "학습률 스케줄",
    "pg.schedule.constant": "일정",
    "pg.schedule.step": "계단식 감쇠",
    "pg.schedule.exponential": "지수 감쇠",
    "pg.schedule.cosine": "코사인",
    "pg.schedule.inverse_time": "역시간 감쇠",
    "pg.decay_rate": "스케줄 비율",
    "pg.decay_steps": "스케줄 주기 (스텝)",
    "pg.bad_param": (
        "링크의 {key}={value!r} 값은 사용하지 않았습니다({reason}). 대신 {default} 값을 사용합니다."
    ),
    "pg.bad_number": "숫자가 아님",
    "pg.bad_choice": "선택지에 없는 값",
    "pg.bad_range": "{low}에서 {high} 사이여야 함",
    "pg.play": "재생",
    "pg.pause": "일시정지",
    "pg.step": "스텝",
    "pg.minimum": "최솟값",
    "pg.axis_x": "x",
    "pg.axis_y": "y",
    "pg.final_point": "**최종 지점** ({step}스텝): x = {x}, y = {y}",
    "pg.speed": "속도",
    "pg.speed_help": "▶ 재생이 스텝을 넘기는 빠르기: 1×이면 짧은 실행을 약 3초에 걸쳐 재생합니다.",
    "pg.axis_z": "f(x, y)",
    "pg.view3d": "3차원 보기",
    "pg.view3d_help": (
        "곡면을 3차원으로 보여 주고 그 위에 경로를 그립니다. 재생 중에도 드래그해서 돌려 "
        "볼 수 있습니다. 클릭해서 시작점을 고르는 것은 등고선 보기에서 합니다."
    ),
    "pg.arrows": "힘을 화살표로 보기",
    "pg.arrows_help": (
        "애니메이션의 각 스텝에서 점으로부터 화살표를 그립니다: 내리막 방향(−∇f), 옵티마이저가 "
        "이어서 실제로 하는 업데이트, 그리고 (있다면) 모멘텀이나 1차 모멘트 같은 기억."
        " 각 화살표는 방향만 보여 줍니다."
    ),
    "pg.force.gradient": "−∇f (내리막)",
    "pg.force.update": "실제 업데이트",
    "pg.force.memory": "기억 {name}",
    "pg.live": "그림 아래 실시간 슬라이더",
    "pg.live_none": "없음",
    "pg.live_help": (
        "스텝 슬라이더 옆의 슬라이더로 이 하이퍼파라미터의 다른 값에 대한 경로를 브라우저에서 "
        "바로 바꿔 볼 수 있습니다. 그림 옆의 숫자는 사이드바에서 정한 값의 결과 그대로입니다."
    ),
    "ex.mode": "연습 문제",
    "ex.mode.none": "없음: 자유롭게 탐색",
    "ex.mode.predict": "다음 스텝 예측하기",
    "ex.mode.diagnose": "이 실행 진단하기",
    "ex.mode_help": "수업용 연습 문제입니다. 링크에 담기므로 교사가 그대로 공유할 수 있습니다.",
    "ex.predict.path": "{k}번째 스텝까지의 경로",
    "ex.predict.truth": "{k}번째 스텝: 실제 도착점",
    "ex.predict.guess": "내 예측",
    "ex.predict.too_short": (
        "이 실행에는 물어볼 스텝이 없습니다. 바로 발산하거나 멈춥니다. η, 스텝 수 또는 시작점을 "
        "바꿔 보세요."
    ),
    "ex.predict.round": (
        "**{rounds}라운드 중 {round}라운드.** 경로가 {k}번째 스텝까지 그려져 있습니다. {next}번째 "
        "스텝은 어디에 도착할까요? 그림에서 그 지점을 클릭한 뒤 확인을 누르세요."
    ),
    "ex.predict.click": "다음 점이 도착할 것 같은 곳을 그림에서 클릭하거나 탭하세요.",
    "ex.predict.your_guess": "내 예측: x = {x}, y = {y}. 다시 클릭하면 옮길 수 있습니다.",
    "ex.predict.check": "확인",
    "ex.predict.truth_at": "{k}번째 스텝은 x = {x}, y = {y}에 도착합니다.",
    "ex.predict.off_by": "예측은 스텝 길이의 **{error}**배만큼 떨어져 있었습니다: **{points}**점.",
    "ex.predict.so_far": "지금까지 점수: {best}점 중 {score}점.",
    "ex.predict.final": "최종 점수: {best}점 중 {score}점.",
    "ex.predict.next": "다음 라운드",
    "ex.predict.again": "다시 하기",
    "ex.predict.explained": "{k}번째 스텝의 계산",
    "pg.verdict.diverged": "{step}스텝에서 **발산**했습니다.",
    "pg.verdict.converged": (
        "{step}스텝에서 **수렴**: 그 뒤로 줄곧 최솟값에서 {radius:.2g} 이내에 있습니다."
    ),
    "pg.verdict.converged_unknown_minimum": (
        "{step}스텝에서 **자리 잡음**: 그 뒤로 스텝 길이가 줄곧 {radius:.2g} ÷ 100보다 짧습니다."
    ),
    "pg.verdict.oscillating": (
        "**아직 진동 중**: {coordinate} 좌표가 {low:.3g}에서 {high:.3g} 사이를 계속 "
        "오갑니다(마지막 {window}스텝)."
    ),
    "pg.verdict.stalled": (
        "**정체됨**: 스텝 길이가 {last:.2g}까지 줄었지만 가장 가까운 최솟값까지 아직 "
        "{distance:.3g} 남았습니다."
    ),
    "pg.verdict.moving": (
        "**아직 가는 중**: {window}스텝이 지났고 가장 가까운 최솟값까지 {distance:.3g} 남았습니다."
    ),
    "pg.verdict.moving_unknown_minimum": "{window}스텝이 지났지만 **아직 가는 중**입니다.",
    "pg.final_f": "최종 f(x)",
    "pg.distance": "가장 가까운 최솟값까지의 거리",
    "pg.diverged": ("{why} 경로는 {last}스텝까지 그렸습니다. 더 작은 η를 써 보세요(현재 {lr:g})."),
    "pg.diverged_nonfinite": "반복값이 무한대로 넘치거나 NaN이 되었습니다.",
    "pg.diverged_bound": (
        "좌표가 ±{bound:g} 범위를 벗어났습니다: 경로가 곡면에서 한참 멀어졌습니다."
    ),
    "pg.inside": "옵티마이저 내부",
    "pg.section": "실행 자세히 보기",
    "pg.chart_f": "f(xₜ)",
    "pg.chart_state": "상태: {names}",
    "pg.chart_effective": "좌표별 {name}",
    "pg.step_size_name": "스텝 크기",
    "pg.step_taken_name": "실제 이동 거리 |Δxᵢ|",
    "pg.chart_delta": "스텝 길이 ‖Δxₜ‖",
    "chart.reaches_zero": "{step}스텝에서 0 (로그 축에는 0을 표시할 수 없음)",
    "pg.coord_x": "x",
    "pg.coord_y": "y",
    "pg.explain": "스텝 k 풀이",
    "pg.explain_k": "스텝 k",
    "pg.explain_intro": "{k}번째 스텝의 업데이트를 실제 수치와 함께 좌표별로 (x, y) 보여 줍니다:",
    "pg.sentence.shared": (
        "두 좌표의 스텝 크기가 같습니다({size_x:.5g}): 그래디언트의 두 성분은 {g_fold:.3g}배 차이 "
        "나고(|g| = {gx:.4g}, {gy:.4g}), 실제 이동 거리는 {step_fold:.3g}배 차이 납니다(|Δ{x}| = "
        "{dx:.5g}, |Δ{y}| = {dy:.5g})."
    ),
    "pg.sentence.own": (
        "좌표마다 스텝 크기가 따로 있습니다({x}: {size_x:.5g}, {y}: {size_y:.5g}): 그래디언트의 두 "
        "성분은 {g_fold:.3g}배 차이 나고(|g| = {gx:.4g}, {gy:.4g}), 실제 이동 거리는 "
        "{step_fold:.3g}배 차이 납니다(|Δ{x}| = {dx:.5g}, |Δ{y}| = {dy:.5g})."
    ),
    "pg.sentence.own_equal": (
        "좌표마다 스텝 크기가 따로 있습니다({x}: {size_x:.5g}, {y}: {size_y:.5g}): 그래디언트의 두 "
        "성분은 {g_fold:.3g}배 차이 나지만(|g| = {gx:.4g}, {gy:.4g}), 실제 이동 거리는 같습니다: "
        "|Δ{x}| = |Δ{y}| = {dx:.5g}."
    ),
    "explain.note.noise": (
        "그래디언트 노이즈: σ = {sigma} × 표준 정규 분포에서 뽑은 값 (시드 {seed})."
    ),
    "explain.note.clip_value": "값 기준 클리핑: 모든 좌표를 ±c 안으로 제한합니다.",
    "explain.note.clip_norm": "노름 기준 클리핑: c보다 긴 그래디언트는 길이 c로 줄입니다.",
    "explain.note.coupled_decay": (
        "가중치 감쇠, 결합형: λx가 그래디언트에 더해지므로(L2 페널티) 옵티마이저 자체의 스케일링이 "
        "이 항에도 적용됩니다."
    ),
    "explain.note.decoupled_decay": (
        "가중치 감쇠, 분리형: 스텝 전에 점을 0 쪽으로 줄입니다. 옵티마이저는 λ를 전혀 보지 "
        "않습니다."
    ),
    "explain.note.schedule": "스케줄에서 가져온 이 스텝의 학습률입니다.",
    "explain.note.nesterov": (
        "Nesterov의 내다보기: 스텝은 g + μb, 즉 그래디언트에 모멘텀이 곧 점을 데려갈 방향을 더한 "
        "값을 따릅니다."
    ),
    "explain.note.amsgrad": (
        "AMSGrad는 지금까지 가장 큰 v를 유지하므로 나누는 값이 절대 줄어들지 않습니다."
    ),
    "explain.note.eps_hat": (
        "Keras와 TensorFlow 1은 두 편향 보정을 모두 α에 합쳐 넣고, ε을 보정하지 않은 √v에 "
        "더합니다(“ε-hat”)."
    ),
    "explain.note.radam_sgd": (
        "ρ = {rho} ≤ 5: 스텝이 너무 적어 적응 스케일 1/√v의 분산을 추정할 수 없으므로, RAdam은 "
        "평범한 모멘텀 스텝을 밟습니다."
    ),
    "explain.note.radam_adaptive": (
        "ρ = {rho} > 5: 분산을 믿을 수 있으므로 r로 Adam의 스텝을 스케일합니다."
    ),
    "explain.note.lion_sign": "부호만 중요합니다: 모든 좌표가 정확히 η만큼 움직입니다.",
    "explain.note.schedule_free_keras": (
        "Keras는 y와 방금 업데이트한 z로부터 이전 평균을 다시 계산합니다."
    ),
    "explain.note.schedule_free_weights": (
        "z는 가중치 c로 평균에 들어갑니다: c는 지금까지 가장 큰 η의 제곱을, 지금까지 매 스텝의 "
        "그 제곱을 더한 S로 나눈 값입니다(워밍업이 없으면 c = 1/k)."
    ),
    "pg.prev_step": "이전 스텝",
    "pg.next_step": "다음 스텝",
    "pg.export": "내보내기",
    "pg.csv": "궤적과 상태 (CSV)",
    "pg.names_table": "프레임워크별 이름",
    "pg.share": "이 화면 공유",
    "pg.share_help": (
        "이 링크는 현재 화면을 그대로 재현합니다(모든 컨트롤 값이 담겨 있습니다). 주소 "
        "표시줄에도 같은 화면이 담겨 있으며, 복사 버튼은 오른쪽에 있습니다."
    ),
    "pg.chart_f_shifted": "f(xₜ) − f(x*)",
    "pg.solid": "실선",
    "pg.dashed": "파선",
    "pg.dotted": "점선",
    "pg.html": "애니메이션 HTML 파일 (오프라인 재생 가능)",
    "pg.html_title": "{surface} 위의 {run}: 옵티마이저 실험실",
    "pg.code_torch": "PyTorch 코드로 보기",
    "pg.code_keras": "Keras 코드로 보기",
    "pg.code_keras_none": (
        "Keras 3에는 {optimizer} 이(가) 없으므로 이 실행에 대한 Keras 코드는 없습니다."
    ),
    "nav.compare": "비교",
    "cmp.title": "비교",
    "cmp.caption": (
        "한 곡면의 같은 시작점에서 옵티마이저들을 경주시키거나, 하이퍼파라미터 하나를 "
        "스윕하거나, 시작점 격자 전체를 한 번에 출발시키세요. 그림을 클릭하면 그 지점에서 "
        "출발합니다. 모든 컨트롤이 링크에 포함됩니다."
    ),
    "cmp.scenarios": "시나리오 (각각 링크입니다)",
    "cmp.mode": "모드",
    "cmp.mode.race": "경주",
    "cmp.mode.sweep": "설정 하나 스윕",
    "cmp.mode.swarm": "시작점 무리",
    "cmp.optimizers": "옵티마이저 (2~6개)",
    "cmp.optimizers_bad": "링크의 optimizers={value!r}: {reason}. 대신 {used}을(를) 사용합니다.",
    "cmp.optimizers_unknown": "{names}은(는) 옵티마이저가 아님",
    "cmp.optimizers_too_many": "한 번에 최대 {maximum}개",
    "cmp.optimizers_few": "경주시킬 옵티마이저를 두 개 이상 고르세요.",
    "cmp.settings_of": "{name} 설정",
    "cmp.zoom": "최솟값 주변 확대 (배율)",
    "cmp.tol": "f − f* 허용 오차",
    "cmp.sweep_param": "스윕할 하이퍼파라미터",
    "cmp.sweep_values": "값 (쉼표로 구분)",
    "cmp.sweep_values_help": (
        "0.01, 0.1, 1e-3 같은 숫자. 규약을 스윕할 때는 pytorch, keras, tf1, d2l. 최대 8개."
    ),
    "cmp.sweep_values_bad": "{value!r} 값은 스윕할 수 없습니다({reason})",
    "cmp.sweep_none": "스윕할 값이 없습니다: 두 개 이상을 쉼표로 구분해 입력하세요.",
    "cmp.optimizers_empty": "옵티마이저가 하나도 없습니다",
    "cmp.sweep_param_missing": "{optimizer} 에는 그런 설정이 없습니다",
    "cmp.sweep_values_none": "{values!r} 중 스윕할 수 있는 값이 없어 {used} 을(를) 대신 스윕합니다",
    "cmp.scenario_unknown": (
        "링크의 scenario={value!r} 은(는) 위의 시나리오가 아닙니다. 시나리오 없이 "
        "페이지를 보여 줍니다."
    ),
    "pg.domain_bad_values": (
        "그림 범위는 x 시작 < x 끝, y 시작 < y 끝이어야 합니다 (링크: x "
        "{x_min:g}~{x_max:g}, y {y_min:g}~{y_max:g}). −2~2 "
        "를 씁니다."
    ),
    "cmp.sweep_overridden": (
        "위쪽에 있는 스윕 대상 하이퍼파라미터의 컨트롤은 쓰이지 않습니다: 각 실행은 목록에 "
        "있는 값을 씁니다."
    ),
    "cmp.grid": "시작점 격자 (n × n)",
    "cmp.swarm_map": "지도",
    "cmp.swarm_map.final_gap": "최종 f − f*",
    "cmp.swarm_map.basin": "도달한 최솟값",
    "cmp.swarm_map.steps": "허용 오차까지 스텝 수",
    "cmp.swarm_caption": (
        "옵티마이저마다 그래프 영역 전체에 걸친 시작점 {n} × {n} = {count:,}개, 각각 {steps}스텝."
    ),
    "cmp.basin.none": "아직 최솟값 없음",
    "cmp.basin.diverged": "발산",
    "cmp.basin.minimum": "최솟값 {i} ({x:.3g}, {y:.3g})",
    "cmp.leaderboard": "순위표",
    "cmp.col.run": "실행",
    "cmp.col.final_gap": "최종 f − f*",
    "cmp.col.final_f": "최종 f",
    "cmp.col.distance": "가장 가까운 최솟값까지의 거리",
    "cmp.col.distance_short": "거리",
    "cmp.col.steps_to_tol": "f − f* ≤ {tol:g}까지 스텝 수",
    "cmp.col.steps_short": "스텝",
    "cmp.never": "도달 못함",
    "cmp.diverged_at_cell": "{step} 스텝에서 발산",
    "cmp.diverged_count": "{total:,}개 중 {count:,}개 발산",
    "cmp.chart_f": "실행별 f(xₜ) − f*",
    "cmp.chart_f_plain": "실행별 f(xₜ)",
    "cmp.chart_effective": "실행별, 좌표별 실효 스텝 크기",
    "cmp.chart_sweep": "{param}에 따른 최종 f − f*",
    "cmp.scenario_intro": "시나리오",
    "scenario.adagrad_rmsprop": "타원 위의 AdaGrad 대 RMSProp",
    "scenario.adagrad_rmsprop.text": (
        "AdaGrad는 η를 지금까지 모든 그래디언트 제곱의 **합**의 제곱근으로 나누므로 실효 "
        "스텝이 줄어들기만 합니다. 그래서 평평한 x 방향에서는 기어가듯 느려집니다. RMSProp은 "
        "대신 **지수 가중 이동 평균**(대략 최근 1/(1−γ) = 10스텝)을 유지하므로, 그래디언트가 "
        "작아지면 스텝이 다시 커집니다. 아래 두 실효 스텝 차트를 비교해 보세요."
    ),
    "scenario.momentum_valley": "Rosenbrock 골짜기의 SGD 대 Momentum 대 Nesterov",
    "scenario.momentum_valley.text": (
        "골짜기 바닥은 길고 거의 평평하지만 벽은 가파릅니다. 일반 SGD는 벽에 맞춰 η를 작게 "
        "유지해야 하므로 바닥을 따라 기어가듯 움직입니다. 모멘텀은 바닥을 따라 작지만 일정하게 "
        "미는 힘을 누적합니다. Nesterov는 한 스텝 앞을 내다보므로 벽을 덜 넘어갑니다."
    ),
    "scenario.adam_adamw": "가중치 감쇠를 쓰는 Adam 대 AdamW",
    "scenario.adam_adamw.text": (
        "둘 다 λ = 0.5를 씁니다. Adam은 λx를 그래디언트에 더하고(L2 페널티), 이 항은 좌표별 "
        "스케일링을 거치며 모양이 바뀝니다. AdamW는 적응형 스텝과 별개로 가중치를 ηλx만큼 직접 "
        "줄입니다. 같은 λ가 둘을 서로 다른 지점으로 끌어당깁니다."
    ),
    "scenario.eps_placement": "그래디언트가 아주 작을 때, 제곱근 안의 ε과 밖의 ε",
    "scenario.eps_placement.text": (
        "PyTorch는 √s + ε로, Keras와 d2l은 √(s + ε)로 나눕니다. g²가 ε 정도로 작으면(여기서는 "
        "최솟값 근처, ε = 10⁻⁴, 100× 확대) 제곱근 안의 ε이 스텝을 훨씬 더 많이 줄이므로, 같은 "
        "설정에서도 더 느리게 수렴합니다."
    ),
    "scenario.rmsprop_gamma": "γ = 0.5, 0.9, 0.99인 RMSProp",
    "scenario.rmsprop_gamma.text": (
        "γ는 RMSProp이 그래디언트 제곱을 얼마나 오래 기억할지 정합니다: 대략 1/(1−γ)스텝, 즉 "
        "2, 10, 100스텝입니다. 기억이 짧으면 스텝 크기가 들쭉날쭉하고, 길면 매끄럽지만 변화에 "
        "느리게 반응합니다."
    ),
    "scenario.adam_relatives": "같은 η를 쓰는 Adam과 다섯 가지 변형",
    "scenario.adam_relatives.text": (
        "Adam, NAdam, RAdam, Adamax, Lion, 스케줄 프리 AdamW를 모두 η = 0.1로 회전된 타원 위에서 "
        "실행합니다. Lion은 모든 좌표가 스텝마다 η씩 움직이므로 가장 먼저 가까이 다가가지만, "
        "자리를 잡지 못합니다: 마지막 스텝들도 여전히 길이가 η입니다. RAdam은 분산 추정값을 믿을 "
        "수 있을 때까지 평범한 모멘텀 스텝을 밟습니다. Adamax는 천천히 감쇠하는 |g|의 최댓값으로 "
        "나누므로 점점 느려집니다. 스케줄 프리 AdamW는 자기 스텝들을 뒤따라가는 평균을 보여 줍니다."
    ),
    "scenario.himmelblau_basins": "어느 최솟값으로? Himmelblau 함수의 수렴 영역",
    "scenario.himmelblau_basins.text": (
        "50 × 50 격자의 시작점을 한 번에 실행합니다. 각 픽셀은 그 시작점이 도달한 최솟값에 "
        "따라 색칠됩니다. 모멘텀과 적응형 스텝이 점을 능선 너머로 옮기기 때문에 수렴 영역 "
        "지도는 옵티마이저마다 다릅니다."
    ),
    "nav.neural_network": "신경망",
    "nn.title": "신경망: 손글씨 숫자",
    "nn.lead": (
        "작은 신경망(64픽셀 → ReLU 은닉층 → 10개 클래스, 소프트맥스 교차 엔트로피)이 8 × 8 손글씨 "
        "숫자를 읽는 법을 학습합니다. 가중치 행렬은 2차원 페이지와 똑같은 옵티마이저 코드로 "
        "업데이트됩니다. 기본값은 Keras MNIST 튜토리얼을 따릅니다: Keras의 RMSprop, η = 0.001, ρ = "
        "0.9, 배치 크기 128, 은닉 유닛 512개. 옵티마이저를 최대 세 개까지 더 추가할 수 있으며, "
        "모두 같은 초기 가중치에서 시작해 같은 배치를 봅니다."
    ),
    "nn.optimizers": "옵티마이저 (1~4개)",
    "nn.epochs": "에포크 수",
    "nn.seed": "시드 (초기 가중치와 배치 순서)",
    "nn.batch": "배치 크기",
    "nn.hidden": "은닉 유닛 수",
    "nn.none": "옵티마이저를 하나 이상 고르세요.",
    "nn.only_here.muon": (
        "Muon은 가중치 행렬의 업데이트를 직교화합니다. 2차원 곡면 위의 점에는 직교화할 행렬이 "
        "없으므로 Muon은 여기서만 실행됩니다: 은닉층의 가중치는 Muon이 학습시키고, 편향과 출력층은 "
        "PyTorch 문서의 권장대로 AdamW(η {lr:g}, λ {weight_decay:g})가 학습시킵니다."
    ),
    "nn.training": "학습 중…",
    "nn.training_epoch": "{name} 학습 중: 에포크 {epoch}/{epochs}",
    "nn.trained": (
        "{seconds:.1f}초 만에 학습했습니다(결과가 저장되므로 컨트롤을 원래대로 되돌리면 바로 "
        "표시됩니다)."
    ),
    "nn.epoch": "에포크",
    "nn.chart_loss": "테스트 손실 (교차 엔트로피)",
    "nn.chart_accuracy": "테스트 정확도 (%)",
    "nn.metric": "테스트 정확도",
    "nn.diverged": (
        "에포크 {epoch}에서 발산했습니다: 가중치가 오버플로되었습니다. 더 작은 η를 써 보세요."
    ),
    "nn.misclassified": "{name}이(가) 틀린 숫자 (테스트 이미지 {total}개 중 {count}개)",
    "nn.wrong_caption": "정답 {truth}, 예측 {guess}",
    # issue 16.3: learning-rate range test
    "rt.title": "학습률 범위 테스트",
    "rt.lead_surface": (
        "같은 시작점에서 {steps} 스텝을 실행하며 η를 {low}에서 {high}까지 지수적으로 키웁니다: "
        "η_k = η_min·(η_max/η_min)^(k/(T−1)). 각 스텝 뒤의 f를 그 스텝의 η에 대해 그리고, "
        "이동 평균(β = 0.98, 편향 보정)으로 평활화하여 손실이 폭발할 때(최솟값의 4배 초과)까지 "
        "보여 줍니다. 추천 η는 두 가지입니다: 평활 손실이 가장 빠르게 줄어드는 곳, 그리고 "
        "그 최솟값의 η를 10으로 나눈 값."
    ),
    "rt.lead_network": (
        "같은 초기 가중치에서 미니배치 {steps} 스텝을 학습하며 η를 {low}에서 {high}까지 "
        "지수적으로 키웁니다. 다음 미니배치의 손실을 직전 스텝의 η에 대해 그리고, 이동 평균"
        "(β = 0.98, 편향 보정)으로 평활화하여 손실이 폭발할 때(최솟값의 4배 초과)까지 보여 줍니다. "
        "추천 η는 두 가지입니다: 평활 손실이 가장 빠르게 줄어드는 곳, 그리고 그 최솟값의 η를 "
        "10으로 나눈 값."
    ),
    "rt.optimizer": "테스트할 옵티마이저",
    "rt.axis_lr": "η (로그 눈금)",
    "rt.axis_loss_surface": "스텝 뒤의 f",
    "rt.axis_loss_network": "미니배치 손실",
    "rt.raw": "손실",
    "rt.smoothed": "평활 손실",
    "rt.steepest": "가장 가파른 감소: η = {lr}",
    "rt.minimum": "최솟값 ÷ 10: η = {lr}",
    "rt.diverged": "폭발",
    "rt.link_steepest": "η = {lr}로 실행 (가장 가파른 감소)",
    "rt.link_minimum": "η = {lr}로 실행 (최솟값 ÷ 10)",
    "rt.no_suggestion": (
        "첫 스텝부터 손실이 유한하지 않아 추천할 η가 없습니다. 더 작은 범위를 시도하세요."
    ),
    "rt.no_divergence": (
        "η = {high}까지 손실이 폭발하지 않았습니다: 최솟값은 그 너머에 있을 수 있습니다."
    ),
    "rt.seconds": "{seconds:.2f}초 걸렸습니다 (결과는 보관됩니다).",
    "nav.theory": "이론",
    "th.title": "이론",
    "th.caption": (
        "이 실험실의 바탕이 되는 규칙을 각 프레임워크가 계산하는 방식 그대로 적고, 다른 "
        "페이지와 같은 엔진으로 작은 실험을 실시간으로 돌려 봅니다. 아래의 옵티마이저, "
        "그래디언트 수열, γ는 페이지 링크에 포함됩니다."
    ),
    "th.rules": "업데이트 규칙, 상태, 기본값",
    "th.notation": (
        "표기: xₜ는 스텝 t 이후의 파라미터, gₜ는 스텝 t에서 쓰는 그래디언트, η는 학습률입니다. "
        "제곱, 제곱근, 나눗셈은 좌표마다 따로 적용되므로, 아래의 모든 적응형 방법은 "
        "파라미터마다 고유한 스텝 크기를 줍니다."
    ),
    "th.optimizer": "옵티마이저",
    "th.optimizer_help": (
        "선택한 값은 링크에 포함됩니다: /theory?optimizer=rmsprop은 RMSProp을 엽니다."
    ),
    "th.name.sgd": "SGD (기본 경사 하강법)",
    "th.name.momentum": "Momentum (헤비 볼)",
    "th.name.nesterov": "Nesterov 모멘텀",
    "th.name.adagrad": "AdaGrad",
    "th.name.rmsprop": "RMSProp",
    "th.name.adadelta": "Adadelta",
    "th.name.adam": "Adam",
    "th.name.adamw": "AdamW",
    "th.name.nadam": "NAdam",
    "th.name.radam": "RAdam",
    "th.name.adamax": "Adamax",
    "th.name.lion": "Lion",
    "th.name.schedule_free_adamw": "스케줄 프리 AdamW",
    "th.name.muon": "Muon",
    # in legends, where the run's settings follow the name
    "th.short.sgd": "SGD",
    "th.short.momentum": "Momentum",
    "th.idea.sgd": (
        "그래디언트의 반대 방향으로 η배만큼 이동하고, 아무것도 기억하지 않습니다. 곡면이 "
        "가파른 곳에서는 스텝이 길고 평평한 곳에서는 짧으며, η 하나가 모든 방향에 맞아야 "
        "합니다: 가장 가파른 방향에 맞춰 충분히 작게 잡아야 하므로, 가장 평평한 방향으로는 "
        "진행이 느립니다."
    ),
    "th.idea.momentum": (
        "과거 그래디언트의 누적 합을 따라 이동하되, 오래된 그래디언트일수록 점점 덜 "
        "반영합니다(매 스텝 합에 μ를 곱합니다). 연속된 그래디언트의 방향이 일치하면 합이 "
        "그래디언트 하나의 약 1/(1 − μ)배까지 커져 이동이 빨라지고, 좁은 골짜기를 가로지를 "
        "때처럼 부호가 번갈아 바뀌면 서로 상쇄되어 지그재그가 줄어듭니다."
    ),
    "th.idea.nesterov": (
        "보정을 더한 Momentum: 이미 업데이트된 버퍼의 μ배 위에 새 그래디언트를 한 번 더 "
        "더합니다. 모멘텀이 점을 데려갈 위치에서 그래디언트를 계산한 뒤 식을 다시 정리하면 이 "
        "형태가 됩니다. 일반 모멘텀보다 한 스텝 먼저 지나침을 알아차립니다. 모든 프레임워크가 "
        "쓰는 이 형태에서도 그래디언트는 여전히 현재 지점에서 계산합니다."
    ),
    "th.idea.adagrad": (
        "좌표마다 고유한 스텝 크기를 줍니다: η를 그 좌표의 지금까지 모든 그래디언트 제곱의 "
        "합의 제곱근으로 나눕니다. 큰 그래디언트를 계속 받는 좌표는 작은 스텝을, 드물게 "
        "업데이트되는 좌표는 큰 스텝을 유지합니다. 합은 커지기만 하므로 모든 스텝 크기는 "
        "줄어들기만 합니다: 볼록 문제와 희소 특성에는 도움이 되지만, 긴 비볼록 학습에서는 해가 "
        "됩니다."
    ),
    "th.idea.rmsprop": (
        "기억이 점점 흐려지는 AdaGrad: 그래디언트 제곱의 합을 지수 가중 이동 평균으로 바꾸어, "
        "나누는 값이 최근 그래디언트의 크기(대략 최근 1/(1 − γ)스텝)를 따라가게 합니다. 스텝 "
        "크기는 영원히 줄어들기만 하는 대신 줄었다가 다시 커질 수 있습니다. Tieleman과 "
        "Hinton이 2012년 강의에서 제안했으며, 논문으로 출판된 적은 없습니다."
    ),
    "th.idea.adadelta": (
        "η를 두 번째 이동 평균, 즉 이전 업데이트들의 제곱 평균 제곱근(RMS)으로 바꾼 "
        "RMSProp입니다. 그러면 업데이트의 단위가 x와 같아지고, 원래 규칙에는 학습률이 아예 "
        "없습니다. 그래도 프레임워크들은 η를 곱합니다(PyTorch의 기본값 η = 1이 원래 규칙과 "
        "같습니다)."
    ),
    "th.idea.adam": (
        "Momentum과 RMSProp을 한꺼번에: 그래디언트의 이동 평균 m(방향)을 그 제곱의 이동 평균 "
        "v(스케일)의 제곱근으로 나눕니다. 두 평균 모두 0에서 시작해 처음 몇 스텝에서는 너무 "
        "작으므로, 각각 1 − βᵗ로 나눕니다. 그러면 각 좌표는 그래디언트의 스케일과 관계없이 "
        "스텝마다 약 η만큼 움직입니다."
    ),
    "th.idea.adamw": (
        "가중치 감쇠를 그래디언트에서 떼어 낸 Adam입니다. Adam에서는 그래디언트에 더한 감쇠 항 "
        "λx도 나머지와 함께 √v로 나뉘므로, 그래디언트가 큰 가중치는 거의 감쇠되지 않습니다. "
        "AdamW는 적응형 스케일링과 별개로 모든 가중치를 ηλx만큼 직접 줄이므로, 감쇠가 의도대로 "
        "작동하고 λ를 η와 독립적으로 조정할 수 있습니다."
    ),
    "th.idea.nadam": (
        "Nesterov의 내다보기를 더한 Adam: mₜ만 쓰는 대신, 곧 갖게 될 모멘텀 μₜ₊₁mₜ에 새 "
        "그래디언트를 더해 스텝을 정합니다. 모멘텀 계수 μₜ는 β₁의 절반에서 시작해 β₁까지 올라가는 "
        "스케줄을 따르므로, 처음 스텝들은 그래디언트 자체에 더 기댑니다."
    ),
    "th.idea.radam": (
        "스케일을 믿을 수 있을 때까지 기다리는 Adam. 처음 몇 스텝에서 v는 아주 적은 수의 "
        "그래디언트 제곱의 평균이라, 그 제곱근으로 나누면 스텝이 들쭉날쭉해집니다. RAdam은 그 "
        "평균이 실제로 몇 스텝을 담고 있는지(ρₜ)를 재고, 이 값이 5를 넘을 때까지는 평범한 모멘텀 "
        "스텝을 밟다가, 그 뒤에는 1을 향해 커지는 보정 계수 rₜ를 곱한 Adam의 스텝으로 바꿉니다. "
        "손으로 조정하던 학습률 워밍업을 대신합니다."
    ),
    "th.idea.adamax": (
        "무한대 노름을 쓰는 Adam: 나누는 값이 제곱 평균의 제곱근이 아니라 천천히 감쇠하는 |g|의 "
        "최댓값입니다. 유난히 큰 그래디언트 하나가 오랫동안 스케일을 정하며, 이 최댓값에는 편향 "
        "보정이 필요 없습니다."
    ),
    "th.idea.lion": (
        "부호만 남깁니다: 각 좌표는 모멘텀과 새 그래디언트를 보간한 값의 부호 방향으로 정확히 "
        "η만큼 움직입니다. 업데이트 규칙을 자동으로 탐색해 찾아낸 방법입니다(Chen 외, 2023). "
        "Adam은 배열 두 개를 유지하지만 Lion은 하나만 유지하며, AdamW보다 3~10배 작은 η가 "
        "필요합니다."
    ),
    "th.idea.schedule_free_adamw": (
        "학습률 스케줄을 고를 필요가 없습니다: Adam으로 스케일한 수열 z가 스텝을 밟고, 화면에 "
        "보이는 점 x는 지금까지 모든 z의 평균이며, 그래디언트는 그 사이의 y에서 계산합니다. 평균을 "
        "내는 것이 감쇠하는 η의 역할을 하므로, 학습이 얼마나 오래 진행될지 미리 알 필요가 없습니다."
    ),
    "th.every_convention": "모든 규약 공통 (PyTorch, Keras 3, TensorFlow 1, d2l)",
    "th.conv.pytorch": "PyTorch",
    "th.conv.keras": "Keras 3",
    "th.conv.tf1": "TensorFlow 1",
    "th.conv.d2l": "d2l",
    "th.note.momentum_tau": (
        "τ는 PyTorch의 dampening입니다. TensorFlow 1과 d2l에는 없습니다(τ = 0)."
    ),
    "th.note.momentum_keras": (
        "Keras는 x와 같은 단위인 속도 v = −ηb를 저장합니다. η가 상수이면 경로가 같지만, 학습률 "
        "스케줄을 쓰면 η가 버퍼 안에 들어가므로 경로가 달라집니다."
    ),
    "th.note.adagrad_torch": "δ는 lr_decay입니다(기본값 0이므로 ηₜ = η). ε은 제곱근 뒤에 더합니다.",
    "th.note.adagrad_keras": (
        "ε은 제곱근 안에 더하며, TensorFlow 1에는 ε이 아예 없습니다(ε = 0). 누적값은 s₀ = "
        "initial_accumulator_value에서 시작하며, Keras와 TensorFlow 1에서는 0.1, 나머지에서는 "
        "0입니다."
    ),
    "th.note.rmsprop_tf1": (
        "TensorFlow 1만 제곱 평균을 1에서 시작하므로 첫 스텝들이 아주 작습니다(아래 함정 참고)."
    ),
    "th.note.adadelta": (
        "모든 프레임워크가 γ를 rho라고 부릅니다. u는 0에서 시작하므로 첫 업데이트는 g의 약 "
        "√ε/√(s + ε)배입니다: Adadelta는 느리게 출발해 u가 커지면서 빨라집니다."
    ),
    "th.note.adam_eps_hat": (
        "“ε-hat” 형태: 편향 보정을 η 쪽으로 옮기고, ε을 보정하지 않은 √vₜ에 더합니다. 초반에 "
        "ε이 더 크다는 점만 빼면 PyTorch와 같은 규칙입니다(아래 함정 참고)."
    ),
    "th.note.adamw_hats": (
        "m̂ₜ와 v̂ₜ는 Adam처럼 편향 보정됩니다. 그래디언트 gₜ에는 더 이상 λx가 들어 있지 않습니다."
    ),
    "th.note.adamw_tf1": (
        "tf.contrib.opt.AdamWOptimizer는 η 없이 가중치에 1 − λ를 곱합니다: 같은 λ라도 다른 "
        "프레임워크보다 훨씬 강하게 감쇠합니다."
    ),
    "th.note.nadam_keras": (
        "Keras의 모멘텀 스케줄은 ψ = 0.004인 0.96^(tψ)가 아니라 0.96ᵗ이므로, μₜ는 수천 스텝이 "
        "아니라 수십 스텝 만에 β₁에 도달합니다."
    ),
    "th.note.decoupled_flag": (
        "PyTorch는 첫 번째 형태(λx를 그래디언트에 더하는 L2 페널티)를 쓰며, "
        "decoupled_weight_decay=True이면 AdamW처럼 두 번째 형태로 바뀝니다."
    ),
    "th.note.lion_decoupled": (
        "Lion은 항상 가중치를 직접 줄입니다. lion-pytorch의 decoupled_weight_decay=True는 λ를 초기 "
        "η로 나누므로(두 번째 형태), 감쇠가 더 이상 η와 함께 줄어들지 않습니다."
    ),
    "th.note.schedule_free_keras": (
        "Keras는 모든 z에 같은 가중치를 주고(cₜ = 1/t), 스텝 전에 변수 y를 감쇠시키며, y와 방금 "
        "업데이트한 z로부터 이전 평균을 다시 계산합니다(torch 백엔드의 Keras 3.15). 그래서 설정이 "
        "같아도 경로가 PyTorch와 다릅니다."
    ),
    "th.variant.centered.title": "변형: centered=True",
    "th.variant.centered": (
        "그래디언트 자체의 이동 평균 ḡ도 함께 유지하고, 그 제곱을 제곱근 안에서 뺍니다. 그러면 "
        "나누는 값이 제곱 평균 대신 그래디언트의 분산을 추정하므로, 꾸준하고 일관된 "
        "그래디언트는 더 작은 값으로 나뉩니다. d2l에는 이 옵션이 없습니다."
    ),
    "th.variant.rms_momentum.title": "변형: 모멘텀 μ > 0",
    "th.variant.rms_momentum": (
        "스케일된 그래디언트 위에 헤비 볼 버퍼 b를 더합니다. PyTorch는 스텝을 밟을 때 η를 "
        "곱하고, Keras와 TensorFlow 1은 버퍼 안에서 곱합니다(η가 상수이면 경로는 같습니다)."
    ),
    "th.variant.amsgrad.title": "변형: amsgrad=True",
    "th.variant.amsgrad": (
        "스텝에 현재 v 대신 지금까지 본 가장 큰 v를 쓰므로, 좌표의 나누는 값이 절대 줄어들지 "
        "않고, 그래디언트 크기가 갑자기 떨어져도 지나치게 큰 스텝이 생기지 않습니다. "
        "TensorFlow 1에는 이 옵션이 없습니다."
    ),
    "th.weight_decay_title": "규약별 가중치 감쇠 λ",
    "th.weight_decay_text": (
        "PyTorch, TensorFlow 1, d2l은 옵티마이저가 보기 전에 그래디언트에 λx를 더하므로(L2 "
        "페널티, “결합형”), 적응형 옵티마이저는 이를 그래디언트의 나머지 부분처럼 다시 "
        "스케일합니다. Keras 3은 모든 옵티마이저에서 각 스텝 전에 가중치를 직접 "
        "줄입니다(“분리형”). AdamW는 모든 프레임워크에서 분리형입니다."
    ),
    "th.state": "파라미터별로 유지하는 상태",
    "th.state.sgd": "없음: 각 스텝은 현재 그래디언트만 씁니다.",
    "th.state.momentum": (
        "버퍼 하나 **b**(Keras에서는 속도 **v** = −ηb): 과거 그래디언트의 감쇠 합입니다. "
        "파라미터와 같은 크기의 배열이 하나 더 필요합니다."
    ),
    "th.state.nesterov": "버퍼 하나 **b**(Keras에서는 **v**)로, Momentum과 똑같습니다.",
    "th.state.adagrad": (
        "누적값 하나 **s**: s₀에 지금까지 모든 그래디언트 제곱을 더한 값입니다. 절대 줄어들지 "
        "않습니다."
    ),
    "th.state.rmsprop": (
        "제곱 평균 하나 **s**. centered=True이면 평균 그래디언트 **ḡ**도, 모멘텀 μ > 0이면 "
        "버퍼 **b**도 유지합니다: 파라미터와 같은 크기의 배열이 최대 세 개입니다."
    ),
    "th.state.adadelta": "이동 평균 두 개: 그래디언트 제곱의 **s**와 업데이트 제곱의 **u**.",
    "th.state.adam": (
        "모멘트 두 개, **m**(그래디언트의 평균)과 **v**(그래디언트 제곱의 평균), 그리고 편향 "
        "보정을 위한 스텝 수 t. amsgrad=True이면 지금까지 가장 큰 v인 **v_max**도 유지합니다."
    ),
    "th.state.adamw": (
        "Adam과 같습니다: **m**과 **v**(amsgrad=True이면 **v_max**도). 가중치 감쇠에는 상태가 "
        "필요 없습니다."
    ),
    "th.state.nadam": (
        "Adam과 같습니다: **m**과 **v**, 그리고 모멘텀 계수 μ의 누적 곱 **Π**(숫자 하나)."
    ),
    "th.state.radam": "Adam과 같습니다: **m**과 **v**, 그리고 ρₜ를 정하는 스텝 수 t.",
    "th.state.adamax": "**m**(그래디언트의 평균)과 **u**(감쇠하는 |g|의 최댓값).",
    "th.state.lion": "모멘텀 하나 **m**: Adam의 절반 메모리.",
    "th.state.schedule_free_adamw": (
        "기본 수열 **z**, 그래디언트를 계산하는 점 **y**, 제곱 평균 **v**, 그리고 평균 가중치의 "
        "합(숫자 하나). 화면에 보이는 점 x는 평균 그 자체입니다."
    ),
    "th.defaults": "규약별 기본값",
    "th.defaults_caption": (
        "엔진에서 직접 읽어 오므로 다른 페이지가 실제로 쓰는 값과 정확히 같습니다. —는 그 "
        "프레임워크에 해당 설정이 없다는 뜻입니다. 단, 플레이그라운드는 각 옵티마이저를 별도로 "
        "정한 η로 시작하는데, 백 스텝 안에 경로가 눈에 띄게 움직이도록 고른 값입니다."
    ),
    "th.absent": "—",
    "th.not_in_framework": "제공 안 함",
    "th.true": "True",
    "th.false": "False",
    "th.col.hyper": "하이퍼파라미터",
    "th.col.keyword": "엔진 키워드",
    "th.names": "프레임워크별 이름",
    "th.names_caption": (
        "같은 하이퍼파라미터를 각 프레임워크의 인자 이름으로 보여 줍니다(d2l은 교재의 기호). "
        "엔진의 키워드는 왼쪽에 있으며, —는 그 프레임워크에 해당 인자가 없다는 뜻입니다."
    ),
    "th.avr": "AdaGrad 대 RMSProp: 합이냐 이동 평균이냐",
    "th.avr_text": (
        "둘 다 η를 그래디언트 제곱을 누적한 값 s의 제곱근으로 나누며, s가 과거를 잊는 방식만 "
        "다릅니다. **AdaGrad**는 모든 g²를 합에 더하므로 s는 커지기만 하고, 실효 스텝 η/(√s + "
        "ε)는 줄어들기만 합니다: 그래디언트가 일정해도 1/√t처럼 줄어들고, 큰 그래디언트가 한 "
        "번 몰려오면 남은 학습 내내 스텝이 낮게 유지됩니다. **RMSProp**은 대신 지수 가중 이동 "
        "평균을 유지합니다: 풀어 쓰면 k스텝 전의 그래디언트는 γᵏ의 가중치를 받고, 이 "
        "가중치들의 합은 1/(1 − γ)이므로, s는 대략 최근 1/(1 − γ)스텝의 평균처럼 동작합니다. "
        "s는 최근 그래디언트의 크기를 따라가고, 큰 그래디언트가 지나가면 스텝이 다시 커집니다."
    ),
    "th.avr_sequence": "그래디언트 수열",
    "th.sequence.constant": "일정",
    "th.sequence.decaying": "감소",
    "th.sequence.burst": "급증",
    "th.sequence.noise": "노이즈",
    "th.avr_gamma": "RMSProp의 감쇠율 γ",
    "th.seq.constant": (
        "constant(일정): 매 스텝 gₜ = 1. 아무것도 변하지 않는데도 AdaGrad의 스텝은 1/√t처럼 "
        "계속 줄어듭니다. RMSProp의 스텝은 더 크게 시작해(s가 0에서 시작하므로) η에 자리 "
        "잡습니다."
    ),
    "th.seq.decaying": (
        "decaying(감소): 학습이 최솟값에 다가갈 때처럼 gₜ = 0.97ᵗ⁻¹. AdaGrad의 합은 수렴하므로 "
        "스텝이 그대로 굳어 버립니다. RMSProp의 제곱 평균은 그래디언트를 따라 내려가므로 "
        "스텝이 커지고, 실제 이동 거리인 스텝 × g는 η 근처에 머뭅니다."
    ),
    "th.seq.burst": (
        "burst(급증): gₜ = 1, 단 61~70스텝에서는 10. AdaGrad는 이 급증을 결코 잊지 않습니다. "
        "RMSProp의 스텝은 급증 동안 떨어졌다가 1/(1 − γ)스텝의 몇 배 안에 회복됩니다."
    ),
    "th.seq.noise": (
        "noise(노이즈): gₜ를 표준 정규 분포에서 뽑습니다(고정 시드). AdaGrad의 스텝은 꾸준히 "
        "줄어들고, RMSProp의 스텝은 s가 노이즈의 제곱 평균(1)을 따라가므로 η 주변에서 "
        "오르내립니다."
    ),
    "th.avr_setup": (
        "두 옵티마이저 모두 PyTorch 규약으로 파라미터 하나에 대해 {steps}스텝을 실행하며, η = "
        "{lr:g}입니다(ε은 AdaGrad {eps_adagrad:g}, RMSProp {eps_rmsprop:g}). 스텝 t의 "
        "그래디언트는 x가 어디에 있든 수열의 gₜ입니다. γ = {gamma:g}일 때 RMSProp은 대략 최근 "
        "1/(1 − γ) ≈ {window:.3g}스텝을 기억합니다."
    ),
    "th.chart_gradient": "그래디언트 gₜ",
    "th.chart_effective": "실효 스텝 크기 η / (√sₜ + ε), 로그 스케일",
    "th.avr_result": (
        "스텝 {steps}에서 실효 스텝은 AdaGrad가 {adagrad:.3g}(지금까지 가장 작았던 값의 "
        "**{adagrad_ratio:.3g}×**), RMSProp이 {rmsprop:.3g}(지금까지 가장 작았던 값의 "
        "**{rmsprop_ratio:.3g}×**)입니다."
    ),
    "th.pitfalls": "프레임워크를 옮길 때의 함정",
    "th.pitfalls_intro": (
        "옵티마이저 이름도 하이퍼파라미터도 같은데 수치가 다릅니다. 프레임워크 사이의 세 가지 "
        "차이를, 일정한 그래디언트를 받는 파라미터 하나로 엔진이 각각 측정했습니다."
    ),
    "th.pit_eps": "ε의 위치",
    "th.pit_eps_text": (
        "PyTorch는 ε을 제곱근 뒤에 더하고, Keras 3, TensorFlow 1, d2l은 제곱근 안에 더합니다. "
        "보통 크기의 그래디언트에서는 두 방식의 스텝이 같습니다. 하지만 g²가 ε과 비슷해지면 "
        "ε의 제곱근이 중요해집니다: √(s + ε)는 적어도 √ε이고 이는 ε 자체보다 훨씬 크므로, 같은 "
        "η, γ, ε에서도 제곱근 안에 더하는 규약의 스텝이 훨씬 짧아집니다. 그래디언트가 "
        "작아질수록 마지막 열이 떨어지는 것을 확인해 보세요."
    ),
    "th.pit_eps_setup": (
        "모든 규약에서 η = {lr:g}, γ = {gamma:g}, ε = {eps:g}인 RMSProp에, 첫 번째 열 크기의 "
        "일정한 그래디언트를 줍니다. 표의 값은 스텝 {steps}에서의 스텝 길이 |xₜ − xₜ₋₁|입니다."
    ),
    "th.col.gradient": "그래디언트 g",
    "th.col.step_in": "스텝 길이, {convention}",
    "th.col.ratio": "Keras 3 ÷ PyTorch",
    "th.pit_tf1": "TensorFlow 1의 RMSProp은 제곱 평균을 1에서 시작합니다",
    "th.pit_tf1_text": (
        "tf.compat.v1.train.RMSPropOptimizer는 s를 0이 아닌 1로 초기화합니다. 그래디언트가 "
        "1보다 훨씬 작으면 s가 오랫동안 1 근처에 머물러 첫 스텝들의 길이가 약 η·|g|가 되는 "
        "반면, PyTorch(와 Keras 3)의 스텝은 적어도 η입니다. 이 차이는 γᵗ가 약 g²까지 감쇠한 "
        "뒤, 즉 대략 ln(1/g²)/(1 − γ)스텝이 지나서야 좁혀집니다. TensorFlow 1에서 옮겨 온 "
        "코드에는 더 큰 η나 더 많은 스텝이 필요할 수 있습니다."
    ),
    "th.pit_tf1_setup": (
        "두 규약 모두 η = {lr:g}, γ = {gamma:g}, ε = {eps:g}인 RMSProp에 일정한 그래디언트 g = "
        "{g:g}를 주고 {steps}스텝을 실행합니다."
    ),
    "th.chart_step_length": "스텝 길이 |xₜ − xₜ₋₁|, 로그 스케일",
    "th.pit_tf1_result": (
        "스텝 1: TensorFlow 1은 **{tf1:.3g}**, PyTorch는 **{torch:.3g}**만큼 움직여 PyTorch가 "
        "{ratio:.0f}배 더 멀리 갑니다. TensorFlow 1의 스텝은 스텝 **{half}**에서 처음으로 "
        "PyTorch의 절반에 이릅니다."
    ),
    "th.pit_adam": "Keras의 “ε-hat” Adam 대 PyTorch의 Adam",
    "th.pit_adam_text": (
        "Keras 3과 TensorFlow 1은 Adam의 편향 보정을 스텝 크기 η√(1 − β₂ᵗ)/(1 − β₁ᵗ)에 합쳐 "
        "넣고, ε을 보정하지 않은 √vₜ에 더합니다(Adam 논문이 이 형태를 언급하며 이 ε을 "
        "“ε-hat”이라고 부릅니다). PyTorch와 d2l은 v를 먼저 보정한 뒤 √v̂ₜ에 ε을 더합니다. "
        "PyTorch의 형태로 쓰면 Keras의 ε은 ε/√(1 − β₂ᵗ)입니다: β₂ = 0.999일 때 스텝 1에서 약 "
        "32배 크고, 스텝 1000에서도 여전히 1.26배입니다. 이 차이는 √v가 ε보다 그리 크지 않을 "
        "때, 즉 그래디언트가 아주 작을 때만 중요하며, 그때 Keras의 첫 스텝들이 훨씬 짧습니다."
    ),
    "th.pit_adam_setup": (
        "두 규약 모두 η = {lr:g}, ε = {eps:g}, β₁ = 0.9, β₂ = 0.999인 Adam에 일정한 그래디언트 "
        "g = {g:g}를 주고 {steps}스텝을 실행합니다(스텝 축은 로그 스케일)."
    ),
    "th.col.step": "스텝 t",
    "th.col.effective_eps": "PyTorch 형태로 쓴 Keras의 ε, ε/√(1 − β₂ᵗ)",
    "th.glance": "모든 옵티마이저 한눈에 보기",
    "th.col.optimizer": "옵티마이저",
    "th.col.idea": "아이디어",
    "th.col.state": "파라미터별 상태",
    "th.col.strengths": "장점",
    "th.col.weaknesses": "단점",
    "th.col.when": "언제 쓰나",
    "th.glance.sgd.idea": "그래디언트의 반대 방향으로 η배만큼 이동.",
    "th.glance.sgd.state": "없음",
    "th.glance.sgd.strengths": (
        "가장 단순하고 계산이 가벼움. 분석하기 쉬움. 잘 조정한 스케줄과 함께 쓰면 일반화 "
        "성능이 가장 좋은 경우가 많음."
    ),
    "th.glance.sgd.weaknesses": (
        "모든 방향에 η 하나: 평평한 방향으로는 느리고 가파른 방향으로는 불안정함. 평탄 지대와 "
        "안장점 근처에서 기어가듯 느림."
    ),
    "th.glance.sgd.when": (
        "볼록하거나 작은 문제, 수업, 그리고 학습률 스케줄을 잘 조정한 대규모 학습."
    ),
    "th.glance.momentum.idea": "과거 그래디언트의 감쇠 합을 따라 이동.",
    "th.glance.momentum.state": "b (배열 1개)",
    "th.glance.momentum.strengths": (
        "그래디언트 방향이 일치하는 쪽으로 더 빠름. 좁은 골짜기를 가로지르는 지그재그를 줄임."
    ),
    "th.glance.momentum.weaknesses": (
        "조정할 값(μ)이 하나 늘어남. 최솟값을 지나쳐 주위를 맴돌 수 있음."
    ),
    "th.glance.momentum.when": "SGD의 표준적인 개선판. 예: 합성곱 신경망에서 μ = 0.9.",
    "th.glance.nesterov.idea": "모멘텀 스텝 이후의 그래디언트로 보정한 Momentum.",
    "th.glance.nesterov.state": "b (배열 1개)",
    "th.glance.nesterov.strengths": (
        "모멘텀보다 한 스텝 먼저 지나침을 알아챔. 보통 조금 더 빠르고 안정적임."
    ),
    "th.glance.nesterov.weaknesses": (
        "조정할 값은 모멘텀과 같음. 그래디언트에 노이즈가 많으면 이점이 줄어듦."
    ),
    "th.glance.nesterov.when": "모멘텀을 쓸 만한 곳이면 어디든.",
    "th.glance.adagrad.idea": "좌표별로 η를 과거 모든 g²의 합의 제곱근으로 나눔.",
    "th.glance.adagrad.state": "s (배열 1개)",
    "th.glance.adagrad.strengths": (
        "좌표마다 스텝 크기가 따로 있음. 드문 특성은 큰 스텝을 유지함. η를 거의 조정하지 않아도 됨."
    ),
    "th.glance.adagrad.weaknesses": (
        "스텝이 줄어들기만 해서 긴 학습은 멈춰 버림. 큰 그래디언트 한 번이 그 좌표를 영영 "
        "느리게 만듦."
    ),
    "th.glance.adagrad.when": "희소 특성이 있는 볼록 문제(선형 모델, 드문 단어의 임베딩).",
    "th.glance.rmsprop.idea": "g²의 이동 평균을 쓰는 AdaGrad(약 1/(1 − γ)스텝의 기억).",
    "th.glance.rmsprop.state": "s (배열 1개); centered이면 + ḡ, 모멘텀을 쓰면 + b",
    "th.glance.rmsprop.strengths": (
        "좌표별 스텝이 커지기도 작아지기도 하며 적응함. 비볼록 문제나 변하는 문제, 어떤 "
        "그래디언트 스케일에도 대처함."
    ),
    "th.glance.rmsprop.weaknesses": (
        "편향 보정이 없음: s가 0에서 시작하면 첫 스텝이 길고, TensorFlow 1의 s₀ = 1에서는 아주 "
        "짧음. ε의 위치와 기본값이 프레임워크마다 다름."
    ),
    "th.glance.rmsprop.when": "순환 신경망과 강화 학습. AdaGrad가 멈춰 버릴 때는 언제든.",
    "th.glance.adadelta.idea": "η를 과거 업데이트의 RMS로 바꾼 RMSProp.",
    "th.glance.adadelta.state": "s, u (배열 2개)",
    "th.glance.adadelta.strengths": "x와 같은 단위로 업데이트함. 조정할 학습률이 사실상 없음.",
    "th.glance.adadelta.weaknesses": (
        "출발이 느림(u가 0에서 시작하므로 첫 스텝이 약 √ε). 오늘날에는 RMSProp이나 Adam보다 "
        "나은 경우가 드묾."
    ),
    "th.glance.adadelta.when": "조정할 학습률이 없는 적응형 방법이 필요할 때.",
    "th.glance.adam.idea": "Momentum(m)을 RMSProp 스케일(√v)로 나눔. 둘 다 편향 보정함.",
    "th.glance.adam.state": "m, v (배열 2개); AMSGrad를 쓰면 + v_max",
    "th.glance.adam.strengths": (
        "대부분의 문제에서 바로 잘 작동함. 그래디언트 스케일과 관계없이 좌표마다 스텝당 약 η씩 "
        "이동함. 노이즈와 희소 그래디언트를 잘 다룸."
    ),
    "th.glance.adam.weaknesses": (
        "배열 2개가 추가로 필요함. 잘 조정한 SGD보다 일반화가 나쁠 수 있음. L2 가중치 감쇠가 "
        "다시 스케일됨. ε 규약이 프레임워크마다 다름(ε-hat)."
    ),
    "th.glance.adam.when": "심층 신경망과 빠른 실험에서 흔히 가장 먼저 고르는 옵티마이저.",
    "th.glance.adamw.idea": "가중치 감쇠를 가중치에 직접 적용하는 Adam.",
    "th.glance.adamw.state": "m, v (배열 2개), Adam과 같음",
    "th.glance.adamw.strengths": (
        "그래디언트 스케일과 무관하게 의도대로 작동하는 가중치 감쇠. λ와 η를 따로 조정할 수 "
        "있음. 보통 L2를 쓴 Adam보다 일반화가 좋음."
    ),
    "th.glance.adamw.weaknesses": (
        "Adam과 같음. λ의 의미가 프레임워크마다 다름(PyTorch는 η를 곱하고, TensorFlow 1의 "
        "contrib 버전은 곱하지 않음)."
    ),
    "th.glance.adamw.when": "가중치 감쇠를 쓰는 학습: 트랜스포머와 파인튜닝의 표준.",
    "th.glance.nadam.idea": "점점 커지는 모멘텀 스케줄 위에 Nesterov의 내다보기를 더한 Adam.",
    "th.glance.nadam.state": "m, v (배열 2개)와 숫자 하나 Π",
    "th.glance.nadam.strengths": (
        "같은 η에서 Adam보다 조금 빠른 경우가 많음. 그래디언트 스케일에 강한 점은 그대로임."
    ),
    "th.glance.nadam.weaknesses": (
        "알아야 할 스케줄(ψ)이 하나 더 있고, PyTorch와 Keras가 서로 다른 스케줄을 씀."
    ),
    "th.glance.nadam.when": "Adam이 잘 작동하고 약간의 속도 향상이 반가울 때.",
    "th.glance.radam.idea": "분산 추정값을 믿을 수 있을 때까지 모멘텀 스텝을 밟는 Adam.",
    "th.glance.radam.state": "m, v (배열 2개)",
    "th.glance.radam.strengths": (
        "워밍업 스케줄 없이도 첫 스텝들이 안정적임. 초반에 Adam보다 η에 덜 민감함."
    ),
    "th.glance.radam.weaknesses": (
        "처음 스텝들은 크기 η·m̂의 평범한 모멘텀 스텝이라 클 수 있음. PyTorch에만 있음."
    ),
    "th.glance.radam.when": "Adam이 안정되려면 워밍업이 필요한데 그것을 조정하고 싶지 않을 때.",
    "th.glance.adamax.idea": "제곱 평균 대신 감쇠하는 |g|의 최댓값을 쓰는 Adam.",
    "th.glance.adamax.state": "m, u (배열 2개)",
    "th.glance.adamax.strengths": (
        "스텝 크기에 상한이 있음(좌표마다 최대 약 η). u에는 편향 보정이 필요 없음."
    ),
    "th.glance.adamax.weaknesses": (
        "큰 그래디언트 하나가 오랫동안 스텝을 줄임. Adam보다 나은 경우가 드묾."
    ),
    "th.glance.adamax.when": "희소하거나 꼬리가 두꺼운 그래디언트. 예: 임베딩.",
    "th.glance.lion.idea": "모멘텀과 그래디언트를 섞은 값의 부호: 모든 좌표가 정확히 η만큼 움직임.",
    "th.glance.lion.state": "m (배열 1개)",
    "th.glance.lion.strengths": (
        "Adam의 절반 메모리. 스텝 길이가 정해져 있음. 대규모 비전·언어 모델에서 성능이 좋음."
    ),
    "th.glance.lion.weaknesses": (
        "정확히 자리 잡지 못함(스텝이 계속 η 길이). AdamW보다 작은 η와 큰 λ가 필요함."
    ),
    "th.glance.lion.when": "옵티마이저 메모리가 중요한 대형 모델.",
    "th.glance.schedule_free_adamw.idea": (
        "z 위에서 Adam 스텝을 밟음. 화면에 보이는 점은 지금까지 z의 평균."
    ),
    "th.glance.schedule_free_adamw.state": "z, y, v (배열 3개)와 숫자 하나",
    "th.glance.schedule_free_adamw.strengths": (
        "설계할 스케줄도, 미리 정할 학습 길이도 없음. 잘 조정한 코사인 스케줄과 맞먹는 경우가 많음."
    ),
    "th.glance.schedule_free_adamw.weaknesses": (
        "그래디언트를 화면의 점이 아니라 y에서 계산하므로 모델은 x에서 평가해야 함. PyTorch와 "
        "Keras가 평균에 가중치를 주는 방식이 다름."
    ),
    "th.glance.schedule_free_adamw.when": (
        "스텝 수를 미리 알 수 없을 때, 또는 스케줄 조정을 건너뛰고 싶을 때."
    ),
    "th.refs": "참고 문헌",
    "th.ref.tieleman": (
        "Tieleman, T. & Hinton, G. (2012). Lecture 6.5: rmsprop, divide the gradient by a "
        "running average of its recent magnitude (강의 6.5: rmsprop, 그래디언트를 최근 크기의 "
        "이동 평균으로 나누기). *Neural Networks for Machine Learning*, Coursera 강의. [강의 "
        "슬라이드](https://www.cs.toronto.edu/~tijmen/csc321/slides/lecture_slides_lec6.pdf)"
    ),
    "th.ref.duchi": (
        "Duchi, J., Hazan, E. & Singer, Y. (2011). Adaptive subgradient methods for online "
        "learning and stochastic optimization (온라인 학습과 확률적 최적화를 위한 적응형 "
        "서브그래디언트 방법). *Journal of Machine Learning Research* 12, 2121–2159. "
        "[JMLR](https://jmlr.org/papers/v12/duchi11a.html)"
    ),
    "th.ref.zeiler": (
        "Zeiler, M. D. (2012). ADADELTA: an adaptive learning rate method (ADADELTA: 적응형 "
        "학습률 방법). [arXiv:1212.5701](https://arxiv.org/abs/1212.5701)"
    ),
    "th.ref.kingma": (
        "Kingma, D. P. & Ba, J. (2015). Adam: a method for stochastic optimization (Adam: "
        "확률적 최적화 방법). *ICLR 2015*. [arXiv:1412.6980](https://arxiv.org/abs/1412.6980)"
    ),
    "th.ref.loshchilov": (
        "Loshchilov, I. & Hutter, F. (2019). Decoupled weight decay regularization (분리형 "
        "가중치 감쇠 정규화). *ICLR 2019*. [arXiv:1711.05101](https://arxiv.org/abs/1711.05101)"
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
        "[블로그 글](https://kellerjordan.github.io/posts/muon/)"
    ),
    "th.ref.d2l": (
        "Zhang, A., Lipton, Z. C., Li, M. & Smola, A. J. *Dive into Deep Learning*, 12장: "
        "Optimization Algorithms(최적화 알고리즘). "
        "[d2l.ai](https://d2l.ai/chapter_optimization/index.html)"
    ),
    "nav.linear_regression": "선형 회귀",
    "lr.title": "선형 회귀: {optimizer}(으)로 직선 맞추기",
    "lr.lead": (
        "직선 y = 4 + 3x 주위에 흩어진 점 100개(NumPy 선형 회귀 튜토리얼의 데이터를 그 생성기로 "
        "그대로 만든 것)입니다. 옵티마이저는 평균 제곱 오차를 최소화하도록 절편 θ₀와 기울기 θ₁을 "
        "조정합니다. 왼쪽은 데이터와 현재 직선, 오른쪽은 오차의 등고선 위에 그린 θ의 경로입니다. "
        "기본값은 튜토리얼의 설정을 따릅니다: RMSProp, η = 0.1, γ = 0.9, 제곱근 안의 ε = 10⁻⁸, "
        "전체 배치로 1,000스텝."
    ),
    "lr.batch_size": "배치 크기 (100 = 전체 배치)",
    "lr.seed": "시드 (각 미니배치가 고르는 점)",
    "lr.batch_size_help": (
        "배치가 작을수록 그래디언트는 노이즈가 많아지지만 계산은 가벼워집니다: 미니배치 학습."
    ),
    "lr.decay": "스텝당 η 감쇠",
    "lr.decay_help": "η_t = η × decay^t. 1이면 튜토리얼처럼 η가 일정합니다.",
    "lr.data": "데이터",
    "lr.fit": "현재 직선",
    "lr.least_squares": "최소제곱 해",
    "lr.final": "최종 θ (절편, 기울기)",
    "lr.least_squares_metric": "최소제곱 해",
    "lr.distance": "둘 사이의 거리",
    "lr.diverged": "{step}스텝에서 발산했습니다: 더 작은 η를 써 보세요.",
    "lr.circling": (
        "**학습이 한 점에 자리 잡지 못합니다.** 마지막 50스텝 동안 θ는 최소제곱 해에서 "
        "{low:.3g}~{high:.3g} 떨어진 곳에 머뭅니다: 상수 η(= {lr:g})로는 최적점에 내려앉지 "
        "못하고 그 주위를 맴돕니다."
    ),
    "lr.circling_fixed": (
        "**학습이 한 점에 자리 잡지 못합니다.** 마지막 50스텝 동안 θ는 최소제곱 해에서 정확히 "
        "{distance:.3g} 떨어진 곳에 머뭅니다: 상수 η(= {lr:g})로는 최적점에 내려앉지 못하고 그 "
        "주위를 맴돕니다."
    ),
    "lr.why_adaptive": (
        "이유: 스텝은 그래디언트를 그 최근 제곱 평균의 제곱근으로 나눈 g / √s입니다. 최적점 "
        "근처에서 g는 작아지지만 s도 함께 줄어들므로 g / √s는 ±1 가까이에 머물고, 모든 스텝이 "
        "좌표마다 약 η = {lr:g}의 길이를 유지합니다. 결국 θ는 해의 양쪽으로 약 {half:g}씩 떨어진 "
        "두 점 사이를 오갑니다: 튜토리얼의 답 (4.1722, 2.9185)가 그중 하나로, 두 좌표 모두 해 "
        "(4.2222, 2.9685)보다 0.05 작습니다."
    ),
    "lr.fix": "해결책은 η를 감쇠시켜 이 점프도 함께 줄이는 것입니다:",
    "lr.fix_link": "스텝마다 η × 0.99 적용해 보기",
    "lr.decayed": (
        "η를 스텝마다 ×{decay:g}씩 줄이면 최종 θ는 최소제곱 해에서 {distance:.2g}만큼 떨어져 "
        "있습니다."
    ),
    "lr.mse_gap": "MSE(θₜ) − 최솟값",
    "lr.closeup": "★(최소제곱 해) 주변 확대: 마지막 {n}스텝",
    # issue 16.4: minibatch noise
    "lr.minibatch": "이 배치",
    "lr.minibatch_loss": "그 등고선",
    "lr.minibatch_minimum": "그 최솟값",
    "lr.minibatch_note": (
        "보라색: k번째 스텝의 미니배치(100개 점 중 {b}개, 왼쪽에 동그라미)와 "
        "그 자체의 손실(오른쪽): 최솟값 ✕와 등고선 세 개입니다. 하나는 이 스텝이 "
        "기울기를 구한 θₖ₋₁을 지나고, 하나는 두 배, 하나는 절반 너비입니다. "
        "스텝마다 다른 배치를 뽑으므로 이 그릇은 "
        "프레임마다 움직입니다. 스텝은 뒤에 있는 전체 손실이 아니라 이 그릇을 따라 내려갑니다. "
        "이것이 노이즈입니다."
    ),
    "lr.noise_title": "배치 크기에 따른 기울기 노이즈",
    "lr.noise_batch_size": "배치 크기 B",
    "lr.noise_variance": "E‖g_B − ∇MSE‖²",
    "lr.noise_least_squares": "★(최소제곱 해)에서 측정",
    "lr.noise_start": "시작점 θ₀에서 측정",
    "lr.noise_exact": "정확한 값: σ²(n − B) / (B(n − 1))",
    "lr.noise_one_over_b": "σ²/B: 1/B 법칙",
    "lr.noise_zero": "B = {n}: 노이즈 없음",
    "lr.noise_chosen": "여기서 B = {b}",
    "lr.noise_caption": (
        "미니배치 기울기 g_B가 전체 기울기 ∇MSE에서 평균적으로 얼마나 벗어나는지: "
        "E‖g_B − ∇MSE‖²를 B마다 미니배치 {draws:,}개에서, 학습과 같은 방식(배치마다 서로 다른 "
        "점 B개)으로 뽑아 측정했습니다. ★에서는 전체 기울기가 0이므로 그곳에서 스텝의 기울기는 "
        "모두 노이즈이며, 이 때문에 η가 일정한 미니배치 학습은 멈추지 못합니다. 시작점에서는 "
        "노이즈가 더 크지만 같은 방식으로 줄어듭니다. 복원 추출이라면 σ²/B(σ²: 점 하나의 기울기의 "
        "분산), 즉 1/B 법칙입니다: 배치를 두 배로 하면 노이즈는 절반이 됩니다. 여기서는 n = 100개 "
        "점 중 서로 다른 B개를 뽑으므로 정확히 σ²(n − B)/(B(n − 1))이며, σ²/B보다 조금 작고 "
        "B = n에서 0입니다(로그 축에는 0을 표시할 수 없음)."
    ),
    "pg.formula": "직접 입력한 f(x, y)",
    "pg.formula_help": (
        "숫자, x, y, pi, e, + - * / 와 ** (또는 ^), 괄호, 그리고 sin cos tan exp log sqrt abs "
        "tanh sinh cosh arctan을 쓸 수 있습니다. 입력한 내용은 코드로 실행되지 않습니다. 최대 "
        "300자."
    ),
    "pg.formula_bad": "{reason} 수식을 고칠 때까지는 예제 {example}의 곡면을 그립니다.",
    "formula.allowed": (
        "숫자, x, y, pi, e, + - * / ** (또는 ^), 괄호, 그리고 함수 sin cos tan "
        "exp log (ln) sqrt abs tanh sinh cosh arctan (atan)"
    ),
    "formula.at": ("{position}번째 글자: "),
    "formula.err.not_text": ("수식은 텍스트여야 합니다. 사용할 수 있는 것: {allowed}."),
    "formula.err.empty": ("수식이 비어 있습니다. {allowed} 로 f(x, y) 를 쓰세요."),
    "formula.err.too_long": ("수식이 {length}자입니다. 최대 {maximum}자까지 쓸 수 있습니다."),
    "formula.err.character": ("{char!r} 글자는 쓸 수 없습니다. 영문 ASCII 만 쓰세요 ({allowed})."),
    "formula.err.syntax": (
        "여기서 수식을 읽을 수 없습니다 (괄호나 연산자가 빠졌나요?). 사용할 수 있는 것: {allowed}."
    ),
    "formula.err.too_deep": ("수식이 너무 깊게 중첩되어 있습니다."),
    "formula.err.undefined": ("수식이 모든 곳에서 정의되지 않습니다 (0으로 나누었나요?)."),
    "formula.err.complex": ("수식이 복소수 값을 가집니다. 실수 값 식을 쓰세요."),
    "formula.err.too_many_parts": ("수식이 너무 깁니다. 최대 {maximum}개 부분까지 쓸 수 있습니다."),
    "formula.err.big_constant": (
        "이 상수는 너무 크거나 정의되지 않습니다. 사용할 수 있는 것: {allowed}."
    ),
    "formula.err.value": ("값 {value} 은(는) 쓸 수 없습니다. 사용할 수 있는 것: {allowed}."),
    "formula.err.big_number": (
        "{limit} 보다 큰 수는 쓸 수 없습니다. 사용할 수 있는 것: {allowed}."
    ),
    "formula.err.name": ("이름 {name!r} 은(는) 쓸 수 없습니다. 사용할 수 있는 것: {allowed}."),
    "formula.err.call": ("이런 호출은 쓸 수 없습니다. 사용할 수 있는 것: {allowed}."),
    "formula.err.function": ("함수 {name!r} 은(는) 쓸 수 없습니다. 사용할 수 있는 것: {allowed}."),
    "formula.err.arguments": (
        "{name} 은(는) 평범한 인자 하나만 받습니다. 사용할 수 있는 것: {allowed}."
    ),
    "formula.err.construct": (
        "이런 종류의 식({kind})은 쓸 수 없습니다. 사용할 수 있는 것: {allowed}."
    ),
    "formula.err.big_exponent": (
        "±{limit} 을(를) 넘는 지수는 쓸 수 없습니다. 사용할 수 있는 것: {allowed}."
    ),
    "formula.err.cannot_evaluate": ("수식을 정리하면 {function} 이(가) 나와 계산할 수 없습니다."),
    "formula.err.other": ("이 수식은 쓸 수 없습니다."),
    "hyper.err.boolean": ("{name} 은(는) 켜기 또는 끄기여야 합니다. 받은 값: {value}."),
    "hyper.err.number": ("{name} 은(는) 숫자여야 합니다. 받은 값: {value}."),
    "hyper.err.finite": ("{name} 은(는) 유한한 수여야 합니다. 받은 값: {value}."),
    "hyper.err.positive": ("{name} 은(는) 0보다 커야 합니다. 받은 값: {value}."),
    "hyper.err.unit_open": ("{name} 은(는) 0 이상 1 미만이어야 합니다. 받은 값: {value}."),
    "hyper.err.unit_closed": ("{name} 은(는) 0과 1 사이여야 합니다. 받은 값: {value}."),
    "hyper.err.nonnegative": ("{name} 은(는) 0 이상이어야 합니다. 받은 값: {value}."),
    "hyper.err.whole": "{name} 은(는) 0 이상의 정수여야 합니다. 받은 값: {value}.",
    "hyper.err.convention": (
        "{optimizer} 에는 {convention} 버전이 없습니다: 그 프레임워크에는 이 옵티마이저가 "
        "없습니다. {available} 에서 쓸 수 있습니다."
    ),
    "pg.example.quartic": "4차 그릇",
    "pg.example.valley": "좁은 골짜기",
    "pg.example.plateau": "평탄 지대",
    "pg.example.cliff": "절벽",
    "pg.x_min": "x 최소",
    "pg.x_max": "x 최대",
    "pg.y_min": "y 최소",
    "pg.y_max": "y 최대",
    "pg.domain_bad": (
        "그래프 영역은 x 최소 < x 최대, y 최소 < y 최대여야 합니다. −2에서 2까지를 사용합니다."
    ),
    "preset.d2l_rmsprop": "d2l 교재의 RMSProp 예제: η 0.4, γ 0.9, 20스텝",
    "preset.adagrad_stalls": "같은 타원에서 멈춰 버리는 AdaGrad (위 예제와 비교)",
    "preset.divergence": "너무 큰 η: Rosenbrock 골짜기에서 발산하는 SGD",
    "preset.saddle": "능선에서 살짝 벗어난 곳에서 출발해 안장점 탈출하기",
    "preset.rosenbrock": "Adam으로 보는 Rosenbrock 골짜기",
    "preset.rotated": "회전된 타원: 좌표별 스텝의 이점이 사라짐",
    "preset.himmelblau": "Himmelblau: 네 최솟값 중 어디로?",
    "preset.lion": "Lion: 그래디언트와 상관없이 모든 스텝의 길이가 η",
    "preset.schedule_free": "스케줄 프리 AdamW: z가 계속 움직이는 동안 평균은 자리를 잡음",
    "dg.title": "이 실행 진단하기",
    "dg.case": "사례",
    "dg.case_help": (
        "사례마다 링크가 따로 있어서(…&case=…) 선생님이 한 사례만 골라 나눠 줄 수 있습니다. "
        "링크에는 정답이 드러나지 않습니다."
    ),
    "dg.settings": "{optimizer} ({framework}), {hyper} · 시작점 ({x0}, {y0}) · {steps}스텝",
    "dg.answer": "무엇이 잘못되었을까요?",
    "dg.check": "정답 확인",
    "dg.next": "다음 사례",
    "dg.right": "정답입니다!",
    "dg.wrong": "아쉽네요. 원인은 이것입니다: {answer}",
    "dg.fixed_link": "고친 실행을 플레이그라운드에서 열기",
    "dg.score": "내 점수: {total}문제 중 {right}문제 정답",
    "dg.score_none": "내 점수: 아직 푼 문제가 없습니다",
    "dg.file_error": "사례 파일을 쓸 수 없습니다: {reason}",
    # issue 16.1: theory beside measurement
    "tm.title": "이론이 예측하는 것",
    "tm.quadratic": (
        "f가 이차 함수이므로 헤시안이 어디서나 같고, 이 수치들은 정확합니다. 고유값은 등고선 "
        "타원의 축 방향 곡률이며, 최솟값은 ({point})에 있습니다."
    ),
    "tm.local": (
        "f가 이차 함수가 아니므로, 이 수치들은 경로가 향하는 최솟값 ({point})에서의 헤시안을 "
        "쓰며 그 근처에서만 성립합니다(국소적)."
    ),
    "tm.beta_note": "여기서 μ는 가장 작은 곡률을 뜻하므로, 모멘텀(컨트롤의 μ)은 β로 씁니다.",
    "tm.not_convex": (
        "곡률은 μ = {mu}, L = {L}로 둘 다 양수가 아니므로 이 점은 최솟값이 아닙니다(안장점이"
        "거나 한 방향으로 평평함). 조건수도, 최적의 스텝 크기도 없습니다."
    ),
    "tm.no_minimum": "이론에는 최솟값이 필요한데, 이 실행이 끝난 곳 근처에서 찾지 못했습니다.",
    "tm.edge": (
        "경사 하강법은 η가 이 경계보다 작을 때만 수렴합니다. 넘으면 가파른 방향으로 매 스텝 "
        "출발할 때보다 더 멀리 넘어갑니다."
    ),
    "tm.method.sgd": "경사 하강법: 최적의 고정 η",
    "tm.method.momentum": "헤비볼: 최적의 η와 β",
    "tm.method.nesterov": "네스테로프: 고전적인 선택",
    "tm.run_it": "실행: {method}",
    "tm.own_heavy_ball": (
        "η = {lr}, β = {beta}일 때 이론의 수렴률은 ρ = {rate}입니다: λ = μ = {mu}와 λ = L = "
        "{L}에 대해 z² − (1 + β − ηλ) z + β = 0의 근 중 가장 큰 |z|."
    ),
    "tm.own_nesterov": (
        "η = {lr}, β = {beta}일 때 이론의 수렴률은 ρ = {rate}입니다: λ = μ = {mu}와 λ = L = "
        "{L}에 대해 z² − (1 + β)(1 − ηλ) z + β (1 − ηλ) = 0의 근 중 가장 큰 |z|."
    ),
    "tm.no_theory": (
        "이 설정에는 이론이 주는 수렴률이 없습니다. 적응형 옵티마이저는 그래디언트의 이력으로"
        " 스텝을 조절하고, 가중치 감쇠, 댐프닝, 잡음, 클리핑, 스케줄은 그 사상을 바꿉니다. 차"
        "트는 이 실행을 경사 하강법의 최적 수렴률과 비교합니다."
    ),
    "tm.measured": (
        "측정값: 최솟값까지의 거리가 스텝마다 ρ ≈ {rate}배로 줄었습니다(실행 후반부, 반올림 "
        "한계 전까지의 적합)."
    ),
    "tm.distance": "‖x_t − x*‖, 측정값",
    "tm.predicted_own": "이론, 내 설정: ρ = {rate}",
    "tm.predicted_best": "이론, 최적 경사 하강법: ρ = {rate}",
    "tm.chart_title": "최솟값까지의 거리와 이론이 예측하는 수렴률",
    "tm.col.method": "방법",
    "tm.col.rate": "스텝당 ρ",
    "tm.col.steps": "{factor}분의 1까지 스텝 수",
    "tm.short.sgd": "경사 하강법, 최적 η",
    "tm.short.momentum": "헤비볼, 최적 η와 β",
    "tm.short.nesterov": "네스테로프, 고전적 선택",
    "tm.row.own": "내 설정",
    "tm.how": "이 수치들이 μ와 L에서 나오는 과정",
    # issue 16.2: a fair race
    "cmp.tune": "옵티마이저마다 η 튜닝(공정한 경주)",
    "cmp.tune_help": (
        "옵티마이저마다 같은 {n}개의 η 값(10⁻⁴에서 10까지 로그 간격)을 돌리고, 점수가 가장 좋"
        "은 값으로 경주합니다. 다른 설정은 고른 그대로입니다."
    ),
    "cmp.tune_by": "튜닝 점수",
    "cmp.tune_by.final": "최종 차이 f(x_T) − f*",
    "cmp.tune_by.steps": "허용 오차까지의 스텝 수",
    "cmp.tuned_note.final": (
        "옵티마이저마다 같은 {n}개의 η 값({low}에서 {high}까지)으로 {steps}스텝을 돌렸고, 가"
        "장 낮게 끝난 η로 경주합니다."
        " 이름의 η가 튜닝된 값입니다."
    ),
    "cmp.tuned_note.steps": (
        "옵티마이저마다 같은 {n}개의 η 값({low}에서 {high}까지)을 돌렸고, 최솟값의 {tol} 이내"
        "에 가장 먼저 들어간 η로 경주합니다(동률이거나 아무도 못 들어가면 가장 낮게 끝난 값)."
        " 이름의 η가 튜닝된 값입니다."
    ),
    "cmp.tuning_curves": "튜닝 곡선: 시도한 모든 η의 점수",
    "cmp.tuning_title.final": "η에 따른 최종 차이(동그라미: 경주한 η)",
    "cmp.tuning_title.steps": "η에 따른 {tol} 이내까지의 스텝 수(동그라미: 경주한 η)",
}
