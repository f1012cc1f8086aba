"""Attribution rules: one row per construction, each with hard negatives beside it."""
import pytest


def first(analyzer, *sentences):
    return analyzer.analyze_sentences(list(sentences)).sentences


# (sentence, source, speaker, speaker_actor, cue, cue_class)
SINGLE = [
    # verb-first
    ("وقال وزير الخارجية المصري بدر عبد العاطي إن الاتصالات مستمرة.",
     "named_person", "وزير الخارجية المصري بدر عبد العاطي", "egypt", "وقال", "neutral"),
    ("وقال وزير الخارجية المصري إن الاتصالات مستمرة.", "official", "وزير الخارجية المصري", "egypt", "وقال", "neutral"),
    ("وقال السفير الأمريكي السابق جون ميلر إن الحرب ستطول.", "named_person", "السفير الأمريكي السابق جون ميلر", "usa",
     "وقال", "neutral"),
    ("وقال السفير الأمريكي السابق إن الحرب ستطول.", "official", "السفير الأمريكي السابق", "usa", "وقال", "neutral"),
    ("أعلنت وزارة الصحة الفلسطينية أن 20 شخصا قتلوا.", "official", "وزارة الصحة الفلسطينية", "palestine", "أعلنت",
     "neutral"),
    ("كشفت مصادر مطلعة عن اتصالات سرية بين الجانبين.", "anonymous", "مصادر مطلعة", None, "كشفت", "revealing"),
    ("وقال مسؤول إسرائيلي لرويترز إن الهجوم انتهى.", "anonymous", "مسؤول إسرائيلي", "israel", "وقال", "neutral"),
    ("وأشارت تقارير إلى أن المفاوضات تعثرت.", "media", "تقارير", None, "وأشارت", "neutral"),
    ("وقال شهود عيان إن القصف استمر طوال الليل.", "public", "شهود عيان", None, "وقال", "neutral"),
    ("وزعم الجيش الإسرائيلي أن المبنى كان يستخدم لأغراض عسكرية.", "official", "الجيش الإسرائيلي", "israel", "وزعم",
     "distancing"),
    ("ورجح خبراء أن ترتفع الأسعار مجددا.", "anonymous", "خبراء", None, "ورجح", "hedging"),
    ("وأكد الرئيس التركي رجب طيب أردوغان أن بلاده لن تتراجع.", "named_person", "الرئيس التركي رجب طيب أردوغان",
     "turkey", "وأكد", "assertive"),
    # speakers no lexicon entry names: a family name alone, one of a group, an unnamed person
    ("وأضاف الجدعان أن العجز سيتراجع.", "named_person", "الجدعان", None, "وأضاف", "neutral"),
    ("وأضاف المصدر أن العجز سيتراجع.", "anonymous", "المصدر", None, "وأضاف", "neutral"),
    ("وقالت إحدى المتضررات إن المياه غمرت منزلها.", "public", "إحدى المتضررات", None, "وقالت", "neutral"),
    ("وقال أحد المسؤولين إن المياه غمرت المنطقة.", "anonymous", "أحد المسؤولين", None, "وقال", "neutral"),
    # a statement's maker speaks through it (`بيانا أكدت فيه`); a preposition's noun is no speaker
    ("أصدرت الحكومة السعودية بيانا تؤكد فيه أن قواتها التزمت بالقانون.", "official", "الحكومة السعودية",
     "saudi_arabia", "تؤكد", "assertive"),
    ('نشرت صحيفة "واشنطن بوست" مقالة تحدثت فيها عن سباق التسلح.', "media", 'صحيفة "واشنطن بوست"', "usa", "تحدثت",
     "neutral"),
    ("وطالب الأهالي بالإفراج عن المعتقلين.", "public", "الأهالي", None, "وطالب", "neutral"),
    # an adverb ends the speaker phrase
    ("وقالت السلطات التركية مؤخرا إنها تتوقع وصول آلاف اللاجئين.", "official", "السلطات التركية", "turkey", "وقالت",
     "neutral"),
    # a group or body placed by في/من right up to its claim keeps the place; an occasion or a verb's
    # own complement does not join it, nor does a title's occasion
    ("وقال مزارع من ريف حماة إن المحصول تضرر.", "public", "مزارع من ريف حماة", None, "وقال", "neutral"),
    ("وقال سكان في حي أبو سليم لوكالة فرانس برس إن القذائف سقطت.", "public", "سكان في حي أبو سليم", None, "وقال",
     "neutral"),
    ("ورجح خبراء في قطاع السياحة أن ترتفع الحجوزات.", "anonymous", "خبراء في قطاع السياحة", None, "ورجح", "hedging"),
    ("وقال شاب من قرية سبيندار لرووداو إن القصف بدأ عند الغروب.", "public", "شاب من قرية سبيندار", None, "وقال",
     "neutral"),
    ("وقالت الوزارة في بيانها اليومي إن الأسعار ستنخفض.", "official", "الوزارة", None, "وقالت", "neutral"),
    ("وقالت الشرطة في وقت لاحق إن المشتبه به فر.", "official", "الشرطة", None, "وقالت", "neutral"),
    ("وحذر المركز الوطني للأرصاد من هطول أمطار غزيرة على المرتفعات.", "official", "المركز الوطني للأرصاد", None,
     "وحذر", "neutral"),
    # an outlet's or a body's name in quotation marks or brackets, and its adjectives, are the speaker;
    # a quoted claim right after the speaker is not
    ('وذكرت صحيفة "الشروق" التونسية أن الاتحاد صادق على القرار.', "media", 'صحيفة "الشروق" التونسية', "tunisia",
     "وذكرت", "neutral"),
    ("وقالت حركة المقاومة الإسلامية (حماس) في بيان إن القصف جريمة.", "official", "حركة المقاومة الإسلامية (حماس)",
     "hamas", "وقالت", "neutral"),
    ('وقال قيادي في تحالف "تقدم" بزعامة محمد الحلبوسي إن الحكومة فشلت.', "anonymous", 'قيادي في تحالف "تقدم"',
     None, "وقال", "neutral"),
    ('وقالت الوزارة "إن الأسعار لن ترتفع".', "official", "الوزارة", None, "وقالت", "neutral"),
    ("وقالت مونيكا كولبر (صاحبة المكتبة) إن المبيعات تراجعت.", "named_person", "مونيكا كولبر", None, "وقالت",
     "neutral"),
    # after a contrast (`غير أن`, `لكن`), the subject stands before its cue; a comma ends the contrast's reach
    ("ولم تعلق الوزارة على الهجوم، غير أن مصادر أمنية قالت إن المنفذين فروا.", "anonymous", "مصادر أمنية", None,
     "قالت", "neutral"),
    ("لكن مصدرا دبلوماسيا فرنسيا قال إن الإجراءات روتينية.", "anonymous", "مصدرا دبلوماسيا فرنسيا", "france", "قال",
     "neutral"),
    ("لكن الأسعار ارتفعت، وقال سكان إن الخبز نفد.", "public", "سكان", None, "وقال", "neutral"),
    # someone near a person his own title names is not that person; a person right after a description is
    ("غير أن مصدرا مقربا من الرئيس جوزيف عون قال إن الاستقالة مستبعدة.", "anonymous",
     "مصدرا مقربا من الرئيس جوزيف عون", "lebanon", "قال", "neutral"),
    ("وقالت مسؤولة السياسة الخارجية في الاتحاد كايا كالاس إن العقوبات ستستمر.", "named_person",
     "مسؤولة السياسة الخارجية في الاتحاد كايا كالاس", "eu", "وقالت", "neutral"),
    # a name after a body's honorific, after a nationality, or between two titles is a person; a body is not
    ("وقال وكيل وزارة الصحة الدكتور عبدالرحمن المطيري إن التغطية بلغت 78 في المئة.", "named_person",
     "وكيل وزارة الصحة الدكتور عبدالرحمن المطيري", None, "وقال", "neutral"),
    ("وقال عالم الكواكب الفرنسي باتريك بينكيه إن العينات فرصة نادرة.", "named_person",
     "عالم الكواكب الفرنسي باتريك بينكيه", "france", "وقال", "neutral"),
    ("وقال الفريق أسامة ربيع رئيس هيئة قناة السويس إن الملاحة تتحسن.", "named_person",
     "الفريق أسامة ربيع رئيس هيئة قناة السويس", None, "وقال", "neutral"),
    ("وقال رئيس أركان الجيش إن الملاحة تتحسن.", "official", "رئيس أركان الجيش", None, "وقال", "neutral"),
    ("وقالت الخارجية الفرنسية إن العينات فرصة نادرة.", "official", "الخارجية الفرنسية", "france", "وقالت", "neutral"),
    ("وقال الوزير بشكل واضح إن الملاحة تتحسن.", "official", "الوزير", None, "وقال", "neutral"),
    # the journalists told are not the speaker; the journalists' union is
    ("وقال وزير النفط العراقي حيان عبد الغني للصحفيين في بغداد إن بلاده ملتزمة.", "named_person",
     "وزير النفط العراقي حيان عبد الغني", "iraq", "وقال", "neutral"),
    ("وقال نقيب الصحفيين العراقيين مؤيد اللامي إن بلاده ملتزمة.", "named_person", "نقيب الصحفيين العراقيين مؤيد اللامي",
     "iraq", "وقال", "neutral"),
    # with no complement to stop at, a title's own definite words lead on to the name; `إلى` is no article
    ("وانتقد عضو لجنة الثقافة والإعلام النيابية ياسر الحسيني تأخر صرف المخصصات.", "named_person",
     "عضو لجنة الثقافة والإعلام النيابية ياسر الحسيني", None, "وانتقد", "neutral"),
    ("وانتقد وزير الخارجية التركي الحكومة الإسرائيلية بشدة.", "official", "وزير الخارجية التركي", "turkey",
     "وانتقد", "neutral"),
    ("وأشادت رئيسة بعثة الصندوق إلى مصر إيفانا هولار بالتقدم في خفض التضخم.", "named_person",
     "رئيسة بعثة الصندوق إلى مصر إيفانا هولار", "egypt", "وأشادت", "neutral"),
    # a time clause whose cue has a claim of its own is still attributed; `في حين` contrasts, and is no time clause
    ("وتراجعت الأسعار بعد أن أعلنت وزارة التجارة أن المخزون يكفي.", "official", "وزارة التجارة", None, "أعلنت",
     "neutral"),
    ("في حين توقع خبير الطاقة نبيل المرسومي أن يبقى العجز قائما.", "named_person", "خبير الطاقة نبيل المرسومي", None,
     "توقع", "hedging"),
    # an indefinite group or body noun right after a definite word opens the verb's object; a name does not
    ("ودعت الوزارة أولياء الأمور إلى مراجعة المراكز الصحية.", "official", "الوزارة", None, "ودعت", "neutral"),
    ("ودعت الوزارة الأهالي إلى التعاون مع الفرق الصحية.", "official", "الوزارة", None, "ودعت", "neutral"),
    ("وقال أحد السكان إن المياه غمرت الشارع.", "public", "أحد السكان", None, "وقال", "neutral"),
    ('وحمّل المسماري حكومة الدبيبة مسؤولية "تحويل البلاد إلى ملاذ للمهربين".', "named_person", "المسماري", None,
     "وحمّل", "neutral"),
    ("وقال نائب رئيس الإدارة بيان تشيغانغ إن المهمة نجحت.", "named_person", "نائب رئيس الإدارة بيان تشيغانغ", None,
     "وقال", "neutral"),
    # a title's portfolio before the name; a place after a preposition is not a name
    ("وأكد وزير السياحة سفيان تقية أن الموسم ناجح.", "named_person", "وزير السياحة سفيان تقية", None, "وأكد",
     "assertive"),
    ("وأكد وزير السياحة أن الموسم ناجح.", "official", "وزير السياحة", None, "وأكد", "assertive"),
    ("وقال مدير الزراعة في حماة إن المحصول وفير.", "official", "مدير الزراعة", None, "وقال", "neutral"),
    # a title qualified by a place or body, then its holder's name; a statement, a clause or a topic is no name
    ("وقال النائب عن دائرة الكرخ سامر الجبوري إن القانون تأخر.", "named_person",
     "النائب عن دائرة الكرخ سامر الجبوري", None, "وقال", "neutral"),
    ("وقال السفير المصري لدى الأمم المتحدة أسامة عبد الخالق إن القرار متوازن.", "named_person",
     "السفير المصري لدى الأمم المتحدة أسامة عبد الخالق", "egypt", "وقال", "neutral"),
    ("وقال مدير الصحة في إدلب الطبيب منذر الخليل إن المستشفيات ممتلئة.", "named_person",
     "مدير الصحة في إدلب الطبيب منذر الخليل", None, "وقال", "neutral"),
    ("وقال الوزير في مؤتمر صحفي إن الأسعار ستنخفض.", "official", "الوزير", None, "وقال", "neutral"),
    ("وقال السفير لدى الفاتيكان رغم الضغوط الكبيرة إن الاتفاق صامد.", "official", "السفير", None, "وقال",
     "neutral"),
    ("وتحدث رئيس الوزراء عن الأزمة الاقتصادية الخانقة في كلمته.", "official", "رئيس الوزراء", None, "وتحدث",
     "neutral"),
    ("وقال رئيس ديوان المحاسبة إن الإنفاق ارتفع.", "official", "رئيس ديوان المحاسبة", None, "وقال", "neutral"),
    # a name set off by commas after its title; a time phrase set off the same way is not a name
    ("وأوضح المدير العام للجمارك، خالد المنصوري، أن الإيرادات ارتفعت.", "named_person",
     "المدير العام للجمارك، خالد المنصوري", None, "وأوضح", "neutral"),
    ("وقال وزير الصحة، خلال حفل الافتتاح، إن الوحدة ستخفف الضغط.", "official", "وزير الصحة", None, "وقال", "neutral"),
    # a title without the article takes the next word as its complement, even one that opens with ب
    ("وأفاد رئيس بلدية القرية محمود سالم بأن المستوطنين هاجموا المنازل.", "named_person",
     "رئيس بلدية القرية محمود سالم", None, "وأفاد", "neutral"),
    ("وأفادت الوزارة بوقوع انفجار في المصنع.", "official", "الوزارة", None, "وأفادت", "neutral"),
    # a body's noun without the article takes the next word, even when the lexicon does not know it; no further
    ("أعلنت وزارة التجارة زيادة الحصص التموينية.", "official", "وزارة التجارة", None, "أعلنت", "neutral"),
    ("أعلنت الوزارة الحصيلة النهائية للامتحانات.", "official", "الوزارة", None, "أعلنت", "neutral"),
    # a state or body named with the article right after a definite word opens the verb's object;
    # a nisba form (`السعودية`) and a body after `باسم` complete the phrase
    ("وحمل الوزير الأردني الحكومة الإسرائيلية المسؤولية عن تفاقم الأزمة.", "official", "الوزير الأردني", "jordan",
     "وحمل", "neutral"),
    ("وأعلنت شركة أرامكو السعودية أن أرباحها تراجعت.", "official", "شركة أرامكو السعودية", "saudi_arabia",
     "وأعلنت", "neutral"),
    ("وقال المتحدث باسم الجيش الإسرائيلي إن العملية انتهت.", "official", "المتحدث باسم الجيش الإسرائيلي", "israel",
     "وقال", "neutral"),
    # with no complement to stop at (`اتهم`), a state or body right after the title's name is the object
    ("واتهم وزير الخارجية هاكان فيدان إسرائيل بخرق الاتفاق.", "named_person", "وزير الخارجية هاكان فيدان", "turkey",
     "واتهم", "neutral"),
    ("واتهم عضو مجلس النواب عبد السلام الورفلي حكومة طرابلس بالفشل.", "named_person",
     "عضو مجلس النواب عبد السلام الورفلي", "libya", "واتهم", "neutral"),
    ("واتهم وزير الخارجية التركي إسرائيل بخرق الاتفاق.", "official", "وزير الخارجية التركي", "turkey", "واتهم",
     "neutral"),
    ("واتهم وزير خارجية إسرائيل إيران بخرق الاتفاق.", "official", "وزير خارجية إسرائيل", "israel", "واتهم",
     "neutral"),
    # a clitic written apart (`بـ"…"`) is not a word of the speaker's name
    ('وأشاد المتحدث باسم وزارة الخارجية بـ"الأداء المهني" للقوات.', "official", "المتحدث باسم وزارة الخارجية", None,
     "وأشاد", "neutral"),
    ("وقالت الأمينة العامة للكونفدرالية العامة للشغل إن الإضراب مستمر.", "official",
     "الأمينة العامة للكونفدرالية العامة للشغل", None, "وقالت", "neutral"),
    # `كما` + cue names its own subject when one follows (the carry-over test has it without)
    ("كما أكد وزير الخارجية القطري أن الوساطة مستمرة.", "official", "وزير الخارجية القطري", "qatar", "أكد",
     "assertive"),
    # a relay past the outlet's quoted name; an outlet after ل is whom the speaker told
    ("ونقلت صحيفة \"الراية\" القطرية عن مصادر مطلعة أن الطلب ارتفع.", "anonymous", "مصادر مطلعة", None, "ونقلت",
     "neutral"),
    ("مصادر أمنية قالت لسكاي نيوز عربية إن الأدلة دامغة.", "anonymous", "مصادر أمنية", None, "قالت", "neutral"),
    # estimates speak for whoever made them (`document` speakers); alone they are anonymous
    ("وبحسب تقديرات الأمم المتحدة، نزح أكثر من مليون شخص.", "official", "الأمم المتحدة", "un", "وبحسب",
     "neutral"),
    ("وبحسب التقديرات، نزح أكثر من مليون شخص.", "anonymous", "التقديرات", None, "وبحسب", "neutral"),
    # the maker, named right after the figures, is the speaker; an adjective names no maker; data alone are official
    ("وبحسب بيانات وزارة المالية، بلغ العجز 2 مليار دينار.", "official", "وزارة المالية", None, "وبحسب", "neutral"),
    ("وبحسب أرقام رسمية تركية، قتل 40 ألف شخص.", "official", "أرقام رسمية تركية", "turkey", "وبحسب", "neutral"),
    ("وأظهرت البيانات أن الناتج ارتفع.", "official", "البيانات", None, "وأظهرت", "neutral"),
    # a long insertion between the speaker and the claim
    ("وقال وزير الصحة اللبناني فراس الأبيض، خلال إطلاق حملة التلقيح الوطنية في مستشفى بيروت الحكومي صباح اليوم، "
     "إن نسب التلقيح تراجعت.", "named_person", "وزير الصحة اللبناني فراس الأبيض", "lebanon", "وقال", "neutral"),
    # a verbal noun after ب as the claim (`complement: noun`)
    ("أفادت وزارة الداخلية باندلاع حريق في مستودع.", "official", "وزارة الداخلية", None, "أفادت", "neutral"),
    ("وصرح مصدر أمني بوجود تعزيزات على الحدود.", "anonymous", "مصدر أمني", None, "وصرح", "neutral"),
    ("وزارة الداخلية تفيد بوقوع حادث على الطريق.", "official", "وزارة الداخلية", None, "تفيد", "neutral"),
    # a cue whose object is the claim (`complement: object`) needs a known speaker as its subject
    ("وتوقعت إدارة الأرصاد الجوية استمرار موجة الحر.", "official", "إدارة الأرصاد الجوية", None, "وتوقعت",
     "hedging"),
    ("وتصنف الولايات المتحدة حماس منظمة إرهابية.", "official", "الولايات المتحدة", "usa", "وتصنف", "neutral"),
    ("وعزت الوزارة تراجع الفائض إلى انخفاض أسعار النفط.", "official", "الوزارة", None, "وعزت", "neutral"),
    # an institution's office speaks as the institution, even with its holder named; the holder alone is a person
    ("وقال مكتب رئيس الحكومة بنيامين نتنياهو في بيان إن الوفد سيغادر.", "official",
     "مكتب رئيس الحكومة بنيامين نتنياهو", "israel", "وقال", "neutral"),
    ("وقال رئيس الحكومة بنيامين نتنياهو في بيان إن الوفد سيغادر.", "named_person",
     "رئيس الحكومة بنيامين نتنياهو", "israel", "وقال", "neutral"),
    ("وقالت الحلبة في بيان إن التذاكر نفدت.", "official", "الحلبة", None, "وقالت", "neutral"),
    # a relay's `قوله` (his saying) is not part of the speaker's name
    ("ونقلت الوكالة عن مسؤول إسرائيلي قوله إن المحادثات توقفت.", "anonymous", "مسؤول إسرائيلي", "israel", "ونقلت",
     "neutral"),
    # an expert or a member of the public with a name is a named person; adjectives and quantifiers are no name
    ("وقال خبير الطاقة نبيل المرسومي إن الإنتاج سيتراجع.", "named_person", "خبير الطاقة نبيل المرسومي", None, "وقال",
     "neutral"),
    ("وقالت مصادر أمنية مطلعة إن المداهمة انتهت.", "anonymous", "مصادر أمنية مطلعة", None, "وقالت", "neutral"),
    ("وقالت زوجة أحد المعتقلين إن زوجها مريض.", "public", "زوجة أحد المعتقلين", None, "وقالت", "neutral"),
    # colon
    ("وقال أحد المصادر: \"ستستمر الجهود\".", "anonymous", "أحد المصادر", None, "وقال", "neutral"),
    # prepositional
    ("وبحسب المصادر التركية، فإن الاجتماع عقد أمس.", "anonymous", "المصادر التركية", "turkey", "وبحسب", "neutral"),
    ("ووفقا لوكالة الأناضول، وصل الوفد إلى أنقرة.", "media", "وكالة الأناضول", "turkey", "ووفقا", "neutral"),
    ("وحسب أوراق القضية، تجاوزت الخسائر مليون دينار.", "official", "أوراق القضية", None, "وحسب", "neutral"),
    # subject-first
    ("وكان وزير الخارجية التركي هاكان فيدان، قال إن الآلية ضرورية.", "named_person",
     "وزير الخارجية التركي هاكان فيدان", "turkey", "قال", "neutral"),
    ("أما الرئيس الإيراني، فقال إن التدخل الخارجي مرفوض.", "official", "الرئيس الإيراني", "iran", "فقال", "neutral"),
    ('أما سردار خليل، مدرب فريق "قوشتبة"، فقال إن فريقه قدم مباراة كبيرة.', "named_person", "سردار خليل", None,
     "فقال", "neutral"),
    ("وكانت وزارة الصحة أعلنت أمس أن الإصابات تراجعت.", "official", "وزارة الصحة", None, "أعلنت", "neutral"),
    ("وأشارت الوكالة الألمانية إلى أن القتال تواصل.", "media", "الوكالة الألمانية", "germany", "وأشارت", "neutral"),
    ("وذكرت فضائية محلية أن الطريق أغلق.", "media", "فضائية محلية", None, "وذكرت", "neutral"),
    # a ministry by its portfolio alone
    ("وأعلنت الصحة الفلسطينية أن عدد الضحايا ارتفع إلى 40.", "official", "الصحة الفلسطينية", "palestine", "وأعلنت",
     "neutral"),
    # participle whose subject is the sentence's own: `وصل الوزير ...، مؤكدا أن`
    ("وصل وزير الخارجية القطري إلى طهران، مؤكدا أن الحوار ضروري.", "official", "وزير الخارجية القطري", "qatar",
     "مؤكدا", "assertive"),
    # relay: the innermost speaker wins
    ("ونقلت وكالة الأناضول عن مصادر أمنية أن العملية انتهت.", "anonymous", "مصادر أمنية", None, "ونقلت", "neutral"),
]


@pytest.mark.parametrize("sentence,source,speaker,actor,cue,cue_class", SINGLE)
def test_attribution(analyzer, sentence, source, speaker, actor, cue, cue_class):
    s = first(analyzer, sentence)[0]
    assert (s.source, s.speaker and s.speaker.text, s.speaker_actor, s.cue and s.cue.text, s.cue_class) == (
        source, speaker, actor, cue, cue_class)


# Hard negatives: look like attribution, are narration.
NARRATION = [
    "وأعلن الحكم نهاية المباراة بعد تسعين دقيقة.",
    "وتسير الأعمال حسب الخطة الموضوعة منذ العام الماضي.",
    "وتم توزيع المساعدات وفقا للقانون.",
    "شن الجيش الإسرائيلي سلسلة من الغارات على جنوب لبنان.",
    "وأضافت الوزارة مئة سرير إلى المستشفى.",          # أضاف without a complement: not a cue
    "ورفع المتظاهرون لافتة كبيرة في الساحة.",          # لافتة the banner, not the participle
    "وقال الشاعر في قصيدته الأخيرة كلاما جميلا.",      # no complement opens a claim
    "وتحسنت الصحة العامة للسكان بعد الحملة.",          # الصحة the ministry only as a cue's subject
    "وأفادت الأمطار الأخيرة المزارعين بشكل كبير.",       # أفاد benefited; بشكل is manner, not a claim
    "وتوقع الجمهور فوز الفريق في المباراة.",            # an object claim with no known speaker as subject
    "ويصوت المجلس على المشروع وفقا للآجال التي يحددها الدستور.",   # وفقا لـ with no speaker the lexicon knows
    "وتراجعت الهجمات منذ أن أعلنت الحكومة هزيمة التنظيم عام 2017.",   # a cue in a time clause: background
    "وتوترت العلاقات حين أعلنت فرنسا دعمها للخطة.",
]


@pytest.mark.parametrize("sentence", [
    "وأظهرت صور فضائية حديثة أن رقعة الجفاف اتسعت.",     # satellite images, not the satellite channel فضائية
    "وأظهرت الصور الفضائية أن الموقع أخلي قبل الضربة.",
])
def test_a_pseudo_speaker_blocks_the_speaker_noun_inside_it(analyzer, sentence):
    s = first(analyzer, sentence)[0]
    assert s.source != "media" and "فضائية" not in (s.speaker.text if s.speaker else "")


@pytest.mark.parametrize("sentence", NARRATION)
def test_narration_is_author(analyzer, sentence):
    s = first(analyzer, sentence)[0]
    assert (s.source, s.speaker, s.cue) == ("author", None, None)


def test_carry_over_of_the_speaker(analyzer):
    sents = first(analyzer,
                  "وقال وزير الخارجية التركي هاكان فيدان إن الآلية ضرورية.",
                  "وأضاف أن الاتصالات فنية فقط.",
                  "لكنه استبعد أن يكون هناك تطبيع للعلاقات.",
                  "وهطلت أمطار غزيرة على العاصمة.",
                  "مضيفا أن الأمر طبيعي.",
                  "كما شدد على أن الحوار ضروري.",
                  "وختم بالقول إن الحوار سيستمر.")   # a preposition's noun is no speaker
    assert [s.source for s in sents] == ["named_person"] * 3 + ["author"] + ["named_person"] * 3
    assert {s.speaker.text for s in sents if s.speaker} == {"وزير الخارجية التركي هاكان فيدان"}
    assert [s.cue.text if s.cue else None for s in sents] == ["وقال", "وأضاف", "استبعد", None, "مضيفا", "شدد",
                                                              "وختم"]
    assert sents[1].speaker.start == sents[0].speaker.start   # points at the earlier mention


def test_quote_continuation_carries_the_speaker_with_no_cue(analyzer):
    sents = first(analyzer, 'وقال المتحدث باسم الجيش: "انتهت العملية.', 'وسنواصل العمل حتى النهاية".')
    assert sents[1].source == sents[0].source == "official"
    assert sents[1].cue is None and sents[1].speaker.text == "المتحدث باسم الجيش"


def test_definite_back_reference_inherits_the_actor(analyzer):
    sents = first(analyzer, "كشف مكتب رئيس الوزراء الإسرائيلي عن لقاء في باكو.",
                  "وأشار المكتب في بيان إلى أن اللقاء كان فنيا.")
    assert (sents[1].source, sents[1].speaker.text, sents[1].speaker_actor) == ("official", "المكتب", "israel")


def test_a_cue_inside_a_quotation_is_not_the_sentence_cue(analyzer):
    s = first(analyzer, 'وهتف المتظاهرون في الساحة "قال الشعب كلمته إن الحرية قادمة".')[0]
    assert s.source == "author"


# A definite description after a named speaker is that person (ANNOTATION section 2); a unique office is not.
BACK_REFERENCES = [
    (["قال وزير الصحة الفلسطيني سامي حمدان إن المخزون نفد.",
      "وأشار المسؤول الفلسطيني إلى أن الوزارة طلبت مساعدة عاجلة."], "named_person", "palestine"),
    (["وقال السفير الأمريكي السابق جون ميلر إن الحرب ستطول.",
      "وأضاف الدبلوماسي الأمريكي السابق أن العقوبات لم تنجح."], "named_person", "usa"),
    (["قال وزير الدولة محمد سالم إن الصادرات نمت.", "وأشار وزير الدولة إلى أن الواردات تراجعت."], "named_person", None),
    # a title set off by commas after the name; an office named inside the phrase, its words in order
    (["وقالت سلمى العمري، وزيرة الطاقة والمعادن، إن الإنتاج ارتفع.", "وأضافت الوزيرة أن التصدير سيبدأ."],
     "named_person", None),
    (["قال الدكتور خالد ناصر وزير التموين إن المخزون يكفي.", "وأوضح الوزير أن الأسعار ثابتة."], "named_person", None),
    (["قال رئيس هيئة الأركان العامة الفريق سامي حداد إن الجيش جاهز.", "وأضاف رئيس الأركان أن التدريبات مستمرة."],
     "named_person", None),
    (["قال رئيس هيئة الأركان العامة الفريق سامي حداد إن الجيش جاهز.", "وأضاف رئيس الوزراء أن الحكومة مستمرة."],
     "official", None),
    # a name given in narration counts too; a narrated office without a name does not
    (["استقبل وزير الخارجية عباس عراقجي وفدا برلمانيا.", "وأكد وزير الخارجية أن بلاده لن تتفاوض."],
     "named_person", "iran"),
    (["تقدمت النائبة سحر الشناوي، عضو مجلس النواب، بطلب إحاطة إلى الحكومة.", "وقالت النائبة إن الأزمة تتفاقم."], "named_person", None),
    (["استقبل وزير الخارجية وفدا برلمانيا.", "وأكد وزير الخارجية أن بلاده لن تتفاوض."], "official", None),
    # hard negatives: the same head names an anonymous source; the last speaker is an institution; a unique office
    (["قال رئيس البرلمان محمد سالم إن الجلسة انتهت.", "وقال رئيس الوزراء إن الحكومة ستعمل."], "official", None),
    (["قال مسؤول إسرائيلي إن العملية انتهت.",
      "وأضاف المسؤول الإسرائيلي أن الجيش سينسحب خلال أيام."], "anonymous", "israel"),
    (["قالت وزارة الصحة إن المخزون نفد.",
      "وأشار المسؤول الفلسطيني إلى أن الوزارة طلبت مساعدة عاجلة."], "official", "palestine"),
    (["قال وزير الصحة الفلسطيني سامي حمدان إن المخزون نفد.",
      "واعتبر الرئيس الفرنسي أن الوضع خطير."], "official", "france"),
]


@pytest.mark.parametrize("sentences,source,actor", BACK_REFERENCES)
def test_a_definite_description_refers_back_to_the_named_speaker(analyzer, sentences, source, actor):
    s = first(analyzer, *sentences)[-1]
    assert (s.source, s.speaker_actor) == (source, actor)


# A name given earlier, alone before a verb with no complement, ends where a known name (the object)
# begins; an unknown word no earlier speaker was named by keeps the phrase whole (a construct).
NAME_THEN_OBJECT = [
    (["قال القيادي في الحزب حسن طبيق إن المحادثات توقفت.", "ودعا طبيق قيادة الجيش إلى التهدئة."],
     "named_person", "طبيق"),
    (["قال القيادي في الحزب حسن طبيق إن المحادثات توقفت.", "ودعت حلبة البحرين إلى الحضور المبكر."],
     "official", "حلبة البحرين"),
    # a name given as another speaker's object counts too
    (["انتقد الرئيس التركي رجب طيب أردوغان زعيم المعارضة أوزغور أوزال.", "واتهم أوزال الحكومة التركية باستخدام القضاء."],
     "named_person", "أوزال"),
    # a known name behind ل or ب is whom the verb concerns, not its subject: the speaker carries over
    (["وقال وزير الطاقة السعودي إن الإنتاج سيرتفع.", "وأكد للقاهرة أن الإمدادات ستستمر."],
     "official", "وزير الطاقة السعودي"),
    # the holder's known name closes a title's phrase before the object
    (["وحث الرئيس السيسي المؤسسات المالية على دعم الاقتصاد."], "named_person", "الرئيس السيسي"),
]


@pytest.mark.parametrize("sentences,source,speaker", NAME_THEN_OBJECT)
def test_an_earlier_name_before_the_object_is_the_whole_speaker(analyzer, sentences, source, speaker):
    s = first(analyzer, *sentences)[-1]
    assert (s.source, s.speaker.text) == (source, speaker)


# An institution, outlet or office-holder named without a country speaks for the actor the article
# names most (its home); a private person, a tie or a country named in the phrase keeps its own.
HOME = [
    (["قالت الحكومة الأردنية إن الموازنة أقرت.", "وأعلنت وزارة الصحة أن المستشفى الجديد افتتح في عمان."],
     "official", "jordan"),
    (["قالت الحكومة الأردنية إن الموازنة أقرت.", "وقال وزير المالية محمد العسعس إن العجز سيتراجع."],
     "named_person", "jordan"),
    # hard negatives
    (["قالت الحكومة الأردنية إن الموازنة أقرت.", "وأشارت تقارير إلى أن الأسعار ارتفعت."], "media", None),
    (["قالت الحكومة الأردنية إن الموازنة أقرت.", "وقال الخبير الاقتصادي محمد العلي إن العجز سيتراجع."],
     "named_person", None),
    (["قالت الحكومة الأردنية إن الموازنة أقرت.", "وقالت مصادر مطلعة إن العجز سيتراجع."], "anonymous", None),
    (["وقع الأردن ومصر اتفاقا للتعاون الصحي.", "وأعلنت وزارة الصحة أن المستشفى الجديد افتتح."],
     "official", None),
    (["قالت الحكومة الأردنية إن الموازنة أقرت.", "وأعلنت وزارة الصحة السورية أن المستشفى افتتح."],
     "official", "syria"),
]


@pytest.mark.parametrize("sentences,source,actor", HOME)
def test_an_office_named_without_a_country_speaks_for_the_article_home(analyzer, sentences, source, actor):
    s = first(analyzer, *sentences)[-1]
    assert (s.source, s.speaker_actor) == (source, actor)
