internal import CICU

/// The words page furniture is written in, by the part they play, in the languages of large
/// news sites (zh, en, ru, fr, es, de, ar, ja, ko, pt, it, th) and, where CLDR has them
/// (month and weekday names), in many more.
enum BoilerplateVocabulary {
  // MARK: Interface text

  /// The part a word plays in a line of controls.
  enum InterfaceRole: Sendable, Equatable {
    /// A control or prompt that only page furniture writes: "Share", "Print", "Follow us".
    case prompt
    /// A word that controls use but ordinary text too ("page", "next", "news"): it completes
    /// a prompt but never makes one.
    case word
    /// A service that share buttons name; two make a share bar, one alone may be a title.
    case service
    /// A function word around prompts ("on", "this", "us", "на", "本").
    case filler
  }

  static let prompts = [
    // en
    "share", "share this", "shared", "sharing", "share on", "share via", "share to", "print",
    "print this", "printer friendly", "printer-friendly version", "print version",
    "printable version", "print page", "email this", "email to a friend", "send to a friend",
    "comments", "comment", "leave a comment", "add a comment", "post a comment", "view comments",
    "show comments", "join the conversation", "leave a reply", "send", "follow", "follow us",
    "subscribe", "unsubscribe", "newsletter", "sign up", "feedback", "report an error",
    "report a problem", "report abuse", "report a correction", "suggest a correction",
    "corrections", "tweet", "retweet", "pin it", "bookmark", "bookmarks", "related",
    "related articles", "related stories", "related news", "related content", "related links",
    "related topics", "related posts", "recommended", "recommended for you", "most read",
    "most popular", "most viewed", "most shared", "trending now", "read more", "read next",
    "read also", "also read", "see also", "see more", "show more", "load more", "more news",
    "more stories", "continue reading", "back to top", "return to top", "top of page",
    "skip to content", "skip to main content", "advertisement", "sponsored", "sponsored content",
    "promoted", "font size", "text size", "listen to this article", "listen to this story",
    "copy link", "newsletters", "min read", "minute read", "mins read", "more",
    // zh
    "分享", "分享到", "分享至", "打印", "打印本页", "打印本文", "列印", "评论", "評論", "发表评论",
    "發表評論", "查看评论", "网友评论", "举报", "舉報", "反馈", "反饋", "意见反馈", "纠错", "糾錯",
    "我要纠错", "关闭", "關閉", "关闭窗口", "返回顶部", "返回頂部", "回到顶部", "字号", "字號",
    "收藏", "推荐", "推薦", "扫一扫", "掃一掃", "朋友圈", "相关新闻", "相關新聞", "相关阅读",
    "相關閱讀", "相关文章", "相关报道", "延伸阅读", "延伸閱讀", "热门推荐", "阅读全文", "閱讀全文",
    "查看更多", "更多", "关注我们", "關注我們", "关注", "關注", "订阅", "訂閱", "广告", "廣告",
    "转发", "轉發", "复制链接", "複製連結", "上一篇", "下一篇", "上一页", "下一页", "点赞", "點讚",
    "点击", "點擊", "推荐阅读", "推薦閱讀", "相关链接", "相關連結", "公众号", "公眾號",
    // ja
    "印刷", "シェア", "共有", "コメント", "コメントを書く", "ツイート", "いいね", "フォロー",
    "関連ニュース", "関連記事", "関連リンク", "続きを読む", "もっと見る", "ランキング",
    "アクセスランキング", "人気記事", "よく読まれている記事", "広告", "ページの先頭へ",
    "ページトップへ", "トップへ戻る", "文字サイズ", "購読", "通報", "ブックマーク", "おすすめ",
    "次の記事", "前の記事", "記事一覧", "メールマガジン", "メルマガ", "ニュースレター",
    "あわせて読みたい",
    // ko
    "인쇄", "프린트", "공유", "댓글", "댓글쓰기", "스크랩", "신고", "구독", "팔로우", "보내기",
    "관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "많이 본", "많이 읽은", "인기 기사",
    "인기기사", "더보기", "맨 위로", "맨위로", "광고", "글자 크기", "글자크기", "좋아요", "추천",
    "기사제보", "오류 신고", "뉴스레터", "함께 보면 좋은",
    // ru
    "поделиться", "поделитесь", "печать", "распечатать", "версия для печати", "комментарии",
    "комментарий", "комментировать", "оставить комментарий", "подписаться", "подписывайтесь",
    "подпишитесь", "рассылка", "рассылку", "следите", "смотрите также", "читать также", "сообщить об ошибке",
    "нашли ошибку", "обратная связь",
    "читайте также", "читать далее", "читать полностью", "похожие новости", "похожие статьи",
    "другие новости", "новости по теме", "материалы по теме", "самое читаемое", "самое популярное",
    "наверх", "реклама", "в закладки", "отправить", "следите за нами", "мы в соцсетях",
    // fr
    "partager", "partagez", "imprimer", "version imprimable", "commentaires", "commentaire",
    "commenter", "réagir", "réactions", "laisser un commentaire", "envoyer", "envoyer à un ami",
    "suivez-nous", "suivre", "abonnez-vous", "s'abonner", "s'inscrire", "lettre d'information",
    "signaler", "signaler une erreur", "signaler un abus", "lire aussi", "à lire aussi",
    "lire la suite", "voir aussi", "voir plus", "en savoir plus", "articles liés",
    "articles similaires", "sur le même sujet", "les plus lus", "les plus partagés", "haut de page",
    "retour en haut", "publicité", "taille du texte", "recommandé", "lire également",
    "à voir aussi", "min de lecture", "infolettre", "inscrivez-vous",
    // es
    "compartir", "comparte", "imprimir", "versión para imprimir", "versión imprimible",
    "comentarios", "comentario", "comentar", "deja un comentario", "enviar", "envía", "síguenos",
    "siguenos", "síganos", "suscríbete", "suscribirse", "boletín", "denunciar", "reportar un error",
    "lee también", "lea también", "leer más", "ver más", "ver también", "noticias relacionadas",
    "artículos relacionados", "lo más leído", "más leídas", "más leídos", "lo más visto",
    "volver arriba", "ir arriba", "publicidad", "tamaño de letra", "te recomendamos",
    "te puede interesar", "min de lectura",
    // pt
    "compartilhar", "compartilhe", "partilhar", "partilhe", "versão para impressão", "comentários",
    "comentário", "envie", "siga-nos", "sigam-nos", "assine", "inscreva-se", "reportar erro",
    "leia também", "leia mais", "veja também", "veja mais", "notícias relacionadas", "mais lidas",
    "mais lidos", "mais vistos", "voltar ao topo", "publicidade", "tamanho da fonte",
    // it
    "condividi", "condividere", "stampa", "stampare", "versione stampabile", "commenti", "commento",
    "commenta", "lascia un commento", "invia", "seguici", "iscriviti", "abbonati", "segnala",
    "segnala un errore", "leggi anche", "leggi di più", "leggi tutto", "vedi anche",
    "articoli correlati", "notizie correlate", "i più letti", "più letti", "più visti", "torna su",
    "pubblicità", "dimensione testo",
    // de
    "teilen", "teile", "drucken", "druckversion", "druckansicht", "kommentare", "kommentar",
    "kommentieren", "kommentar schreiben", "versenden", "folgen sie uns", "folge uns", "folgen",
    "abonnieren", "fehler melden", "fehler gefunden", "lesen sie auch", "lesen sie mehr",
    "auch interessant", "weiterlesen", "mehr zum thema", "ähnliche artikel", "verwandte artikel",
    "meistgelesen", "meistgelesene", "nach oben", "anzeige", "werbung", "schriftgröße", "merken",
    "empfehlen", "siehe auch", "lesetipp", "das könnte sie auch interessieren",
    // ar
    "طباعة", "اطبع", "مشاركة", "شارك", "شاركوا", "تعليقات", "التعليقات", "تعليق", "أضف تعليق",
    "أرسل", "إرسال", "أرسل لصديق", "تابعونا", "تابعنا", "اشترك", "اشترك الآن", "النشرة البريدية",
    "أبلغ عن خطأ", "الإبلاغ عن خطأ", "اقرأ أيضا", "اقرأ المزيد", "أخبار ذات صلة", "مقالات ذات صلة",
    "مواضيع ذات صلة", "ذات صلة", "الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا", "إعلان",
    "حجم الخط", "العودة للأعلى", "نسخ الرابط", "شاهد أيضا", "اقرأ ايضا",
    // th
    "พิมพ์", "แชร์", "แบ่งปัน", "ติดตาม", "ความคิดเห็น", "แสดงความคิดเห็น", "ส่งอีเมล", "ส่งต่อ",
    "ข่าวที่เกี่ยวข้อง", "บทความที่เกี่ยวข้อง", "ที่เกี่ยวข้อง", "อ่านต่อ", "อ่านเพิ่มเติม",
    "ยอดนิยม", "แจ้งข้อผิดพลาด", "สมัครสมาชิก", "สมัครรับข่าวสาร", "กลับด้านบน", "โฆษณา",
    "ขนาดตัวอักษร", "ถูกใจ",
  ]

  static let interfaceWords = [
    // en
    "page", "article", "story", "post", "news", "link", "links", "home", "back", "next", "previous",
    "prev", "top", "more", "menu", "search", "close", "save", "like", "view", "views", "tags",
    "topics", "listen", "download", "social", "media", "network", "networks", "friend", "site",
    "content", "click", "here", "version", "text", "size", "reply", "login", "log in", "sign in",
    "register", "report", "send", "embed", "daily", "weekly", "latest", "updates", "alerts",
    "free", "inbox", "stories", "get", "continues", "below",
    // zh
    "新闻", "新聞", "文章", "本页", "本頁", "本文", "页面", "链接", "首页", "首頁", "返回", "窗口",
    "搜索", "阅读", "網友", "网友", "大", "中", "小", "进入", "進入", "专题", "專題", "查看", "精彩", "内容", "內容",
    // ja
    "記事", "ページ", "ニュース", "一覧", "リンク", "ホーム", "次へ", "前へ", "戻る", "メニュー",
    "検索", "閉じる", "保存", "登録", "送る", "こちら", "はこちら",
    // ko
    "기사", "뉴스", "페이지", "링크", "홈", "다음", "이전", "메뉴", "검색", "닫기", "저장", "위로",
    "보기", "쓰기",
    // ru
    "версия", "новости", "статьи", "статья", "страница", "далее", "ещё", "назад", "вперёд",
    "следующая", "предыдущая", "главная", "меню", "поиск", "закрыть", "сохранить", "ссылка",
    "ссылку", "теги", "соцсетях", "сетях", "социальных", "другу", "статью", "новость", "материал",
    "наш", "наши", "нашу", "нашей", "нашем", "нашим", "канал", "канале", "новостями", "новостей",
    // fr
    "page", "article", "articles", "actualités", "lien", "accueil", "suivant", "précédent",
    "recherche", "fermer", "enregistrer", "plus", "texte", "taille", "réseaux", "sociaux", "ami",
    "lettre", "quotidienne",
    // es, pt, it
    "página", "artículo", "noticia", "noticias", "enlace", "inicio", "siguiente", "anterior",
    "menú", "buscar", "cerrar", "guardar", "más", "texto", "redes", "sociales", "versión", "artigo",
    "notícia", "notícias", "início", "próximo", "próxima", "fechar", "salvar", "mais", "sociais",
    "versão", "recibe", "diario", "diaria", "pagina", "articolo", "notizia", "notizie", "successivo", "precedente",
    "cerca",
    "chiudi", "salva", "più", "testo", "social", "versione",
    // de
    "seite", "artikel", "nachrichten", "startseite", "zurück", "weiter", "nächste", "vorherige",
    "menü", "suche", "schließen", "speichern", "mehr", "sozialen", "netzwerken", "senden", "melden",
    "jetzt", "kostenlos", "anmelden", "registrieren",
    // ar
    "الصفحة", "صفحة", "المقال", "مقال", "الخبر", "أخبار", "الرابط", "رابط", "الرئيسية", "التالي",
    "السابق", "القائمة", "بحث", "إغلاق", "حفظ", "المزيد", "مواقع", "التواصل", "الاجتماعي",
    "نشرتنا", "النشرة", "الإخبارية", "البريدية",
    // th
    "หน้า", "หน้านี้", "ข่าว", "บทความ", "ลิงก์", "หน้าแรก", "ถัดไป", "ก่อนหน้า", "เมนู", "ค้นหา",
    "ปิด", "เพิ่มเติม", "ข่าวสาร", "อ่าน",
  ]

  static let services = [
    "Facebook", "Twitter", "X", "Weibo", "WeChat", "WhatsApp", "Telegram", "LinkedIn", "Pinterest",
    "Reddit", "VK", "VKontakte", "LINE", "KakaoTalk", "Kakao", "QQ", "Qzone", "Tumblr", "Instagram",
    "YouTube", "Flickr", "RSS", "Email", "E-mail", "Mail", "Messenger", "Viber", "Threads",
    "Bluesky", "Mastodon", "Flipboard", "Pocket", "XING", "Hatena", "mixi", "微博", "新浪微博",
    "微信", "QQ空间", "豆瓣", "邮件", "邮箱", "脸书", "臉書", "推特", "メール", "フェイスブック",
    "ツイッター", "はてブ", "이메일", "페이스북", "트위터", "카카오톡", "카카오스토리", "밴드",
    "вконтакте", "одноклассники", "почта", "البريد الإلكتروني", "فيسبوك", "تويتر", "واتساب",
    "تيليجرام", "อีเมล", "เฟซบุ๊ก", "ไลน์",
  ]

  static let fillers = [
    "this", "the", "on", "us", "our", "to", "via", "with", "and", "or", "in", "at", "for", "of",
    "your", "you", "all", "a", "an", "now", "到", "我们", "我們", "我要", "的", "和", "至", "给",
    "本", "请", "請", "する", "この", "を", "で", "に", "へ", "の", "は", "から", "하기", "이", "을", "를",
    "에", "의", "로", "на", "нас", "в", "и", "для", "эту", "этот", "по", "об", "с", "о", "мы", "за",
    "к", "или", "sur", "nous", "cet", "cette", "ce", "le", "la", "les", "l", "par", "en", "de",
    "du", "des", "d", "à", "au", "aux", "et", "ou", "un", "une", "s", "vous", "votre", "nos", "por",
    "este", "esta", "nos", "el", "las", "los", "lo", "y", "del", "al", "e", "o", "tu", "su", "no",
    "na", "em", "os", "as", "do", "da", "dos", "das", "pelo", "uma", "um", "su", "questo", "questa",
    "il", "i", "gli", "di", "della", "da", "ci", "sie", "uns", "auf", "diesen", "dieser", "diese",
    "den", "die", "der", "das", "und", "per", "zum", "zur", "mit", "im", "oder", "ein", "eine",
    "hier", "notre", "nuestro", "nuestra", "nuestros", "nossa", "nosso", "nostra", "nostro",
    "unseren", "unser", "unserem", "ได้ที่", "ที่", "على", "عبر", "هذا", "هذه", "في", "و", "من", "إلى", "عن", "مع", "เรา",
    "บน", "ทาง",
    "และ", "ของ", "นี้", "ใน",
  ]

  static let interfaceMatcher = PhraseMatcher<InterfaceRole>(
    prompts.map { ($0, .prompt) } + interfaceWords.map { ($0, .word) }
      + services.map { ($0, .service) } + fillers.map { ($0, .filler) })

  /// Labels of a list of tags or keywords, followed by a colon and the list ("Tags: climate,
  /// energy", "标签：气候 能源"); compared in lower case.
  static let tagLabels: Set<String> = [
    // en
    "tags", "tag", "tagged", "tagged with", "topics", "keywords", "key words", "filed under",
    "categories", "category", "subjects",
    // zh, ja, ko
    "标签", "標籤", "標簽", "关键词", "關鍵詞", "关键字", "關鍵字", "タグ", "キーワード", "関連キーワード",
    "カテゴリー", "カテゴリ", "태그", "키워드", "관련 키워드", "관련키워드",
    // ru
    "теги", "тэги", "метки", "ключевые слова", "рубрика", "рубрики",
    // fr, de, es, pt, it
    "mots-clés", "mots clés", "mots-clefs", "thèmes", "sujets", "catégories", "schlagworte",
    "schlagwörter", "stichworte", "stichwörter", "themen", "kategorien", "etiquetas", "temas",
    "palabras clave", "categorías", "palavras-chave", "tópicos", "categorias", "argomenti",
    "parole chiave", "categorie",
    // ar, th
    "الكلمات المفتاحية", "كلمات مفتاحية", "الوسوم", "وسوم", "التصنيفات", "แท็ก", "คำสำคัญ", "หมวดหมู่",
    "ป้ายกำกับ",
  ]

  /// News agencies that write their name in lower case ("Foto: dpa"): a credit's value may be
  /// one of them.
  /// ("picture alliance" is the photo agency of dpa.)
  static let lowercaseAgencies: Set<String> = [
    "dpa", "epd", "kna", "apa", "sda", "ots", "ddp", "dapd", "sid", "picture", "alliance",
  ]

  // MARK: Language menus

  /// The part a word plays in a language menu.
  enum MenuRole: Sendable, Equatable {
    /// A language's own name ("Deutsch", "日本語").
    case endonym
    /// A language's name in another language ("German", "德语").
    case name
    /// "Language", "Select language".
    case label
  }

  static let menuLabels = [
    "language", "languages", "select language", "choose language", "语言", "語言", "言語", "язык",
    "языки", "langue", "langues", "idioma", "idiomas", "sprache", "sprachen", "lingua", "اللغة",
    "ภาษา", "언어",
  ]

  static let menuMatcher: PhraseMatcher<MenuRole> = {
    let endonyms = Set(
      LanguageNames.codes.compactMap { LanguageNames.displayName(of: $0, in: $0)?.lowercased() }
        + ["简体中文", "繁體中文", "简体", "繁體", "中文简体", "中文繁體", "русский язык"])
    return PhraseMatcher(
      LanguageNames.all.map { ($0, endonyms.contains($0) ? .endonym : .name) }
        + menuLabels.map { ($0, .label) })
  }()

  // MARK: Credits

  /// Labels of credit lines, followed by a colon or (in CJK) a space or slash, then names:
  /// "Editor: Jane Doe", "责编：刘洋", "记者 张三", "Фото: ...".
  static let creditLabels = [
    // en
    "editor", "editors", "edited by", "author", "authors", "writer", "reporter", "reporters",
    "correspondent", "source", "sources", "photo", "photos", "photograph", "photography",
    "photo credit", "image", "images", "picture", "pictures", "credit", "credits", "illustration",
    "video", "translation", "translator", "translated by", "contributor", "contributors", "text",
    "words", "producer",
    // zh
    "责编", "责任编辑", "編輯", "编辑", "責任編輯", "責編", "主编", "作者", "记者", "記者", "来源",
    "來源", "出处", "出處", "撰文", "撰稿", "文", "图", "圖", "摄影", "攝影", "图片", "圖片",
    "图片来源", "翻译", "翻譯", "译者", "譯者", "校对", "审核", "审校", "监制", "统筹", "出品",
    "策划", "通讯员", "实习生", "实习记者", "特约记者", "本报记者", "本文来源", "文章来源",
    "稿件来源", "新闻来源",
    // ja
    "編集", "筆者", "著者", "写真", "画像", "出典", "提供", "翻訳", "取材", "執筆", "構成",
    // ko
    "편집", "기자", "글", "사진", "출처", "번역", "작성자", "편집자",
    // ru
    "редактор", "редакция", "автор", "авторы", "корреспондент", "фото", "фотограф", "источник",
    "перевод", "текст", "иллюстрация", "видео",
    // fr
    "rédaction", "rédacteur", "rédactrice", "auteur", "auteure", "autrice", "source", "crédit",
    "crédit photo", "crédits", "traduction", "texte", "édition", "journaliste",
    // de
    "redaktion", "redakteur", "redakteurin", "autor", "autorin", "quelle", "foto", "fotos", "bild",
    "übersetzung", "mitarbeit",
    // es, pt, it
    "redacción", "redactor", "redactora", "editora", "autora", "fuente", "fotografía", "texto",
    "traducción", "edición", "redação", "redator", "fonte", "tradução", "edição", "reportagem",
    "redazione", "autore", "testo", "traduzione", "a cura di",
    // ar
    "محرر", "المحرر", "تحرير", "كاتب", "الكاتب", "المصدر", "مصدر", "تصوير", "صورة", "ترجمة",
    "مراسل", "إعداد",
    // th
    "บรรณาธิการ", "ผู้เขียน", "เขียน", "ที่มา", "แหล่งที่มา", "ภาพ", "ภาพประกอบ", "แปล",
    "เรียบเรียง", "ผู้สื่อข่าว", "นักข่าว",
  ].sorted { $0.count > $1.count }

  /// Words that put an author's name straight after them, without a colon: "By Jane Doe".
  static let bylineWords = [
    "by", "reporting by", "reported by", "written by", "edited by", "editing by",
    "additional reporting by", "compiled by", "translated by", "photos by", "words by", "story by",
    "text by", "par", "von", "por", "di", "door", "av", "af", "oleh", "bởi", "przez", "بقلم",
  ].sorted { $0.count > $1.count }

  /// Korean and Japanese words for a reporter that follow the name (홍길동 기자).
  static let reporterSuffixes = ["기자", "특파원", "記者", "特派員"]

  // MARK: Datelines

  /// The part a word plays in a dateline.
  enum DateRole: Sendable, Equatable {
    /// A month name ("May", "мая", "5月" is a number and a marker instead).
    case month
    /// A weekday name or AM/PM.
    case weekday
    /// A CJK date or time marker (年 月 日 时 분).
    case marker
    /// "Updated", "发布时间", "입력".
    case label
    /// A time zone, preposition, ordinal ending or unit ("GMT", "at", "th", "Uhr", "г", "hours").
    case connector
    /// "Ago" and its kin, which make a number and a unit a time ("3 hours ago", "3 小时前").
    case ago
  }

  static let dateLabels = [
    "updated", "last updated", "published", "first published", "posted", "modified", "date",
    "updated on", "published on", "posted on", "created", "last modified", "modified on",
    "date published", "date modified", "publié", "publié le", "mis à jour", "mis à jour le",
    "modifié", "publicado", "actualizado", "actualizado el", "publicado el", "fecha", "atualizado",
    "publicado em", "atualizado em", "data", "pubblicato", "aggiornato", "pubblicato il",
    "aggiornato il", "aktualisiert", "veröffentlicht", "stand", "zuletzt aktualisiert", "datum",
    "erstellt", "опубликовано", "обновлено", "дата", "дата публикации", "изменено", "发布时间",
    "发布日期", "发布", "发表", "发表时间", "更新", "更新时间", "时间", "日期", "發佈", "發布",
    "發表", "時間", "發佈時間", "更新日", "公開日", "公開", "投稿日", "配信", "掲載", "日時",
    "입력", "수정", "업데이트", "등록", "기사입력", "최종수정", "발행", "송고", "نشر", "نشر في",
    "تاريخ النشر", "آخر تحديث", "تحديث", "التاريخ", "เผยแพร่", "อัปเดต", "อัพเดท", "วันที่", "เวลา",
    "โพสต์", "ปรับปรุง", "อัปเดตล่าสุด", "อัพเดทล่าสุด", "แก้ไขล่าสุด", "เผยแพร่เมื่อ",
    "โพสต์เมื่อ",
  ]

  static let dateConnectors = [
    "utc", "gmt", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt",
    "bst", "cet", "cest", "eet", "eest", "wet", "msk", "jst", "kst", "ist", "hkt", "sgt", "aest",
    "aedt", "wib", "ict", "z", "t", "at", "on", "of", "st", "nd", "rd", "th", "à", "le", "de",
    "del", "el", "am", "um", "den", "uhr", "h", "hrs", "в", "г", "года", "год", "alle", "ore", "às",
    "em", "a", "北京时间", "北京時間", "东京时间", "น", "น.", "م", "ص", "الساعة", "هـ",
  ]

  /// Units of relative times ("3 hours ago").
  static let timeUnits = [
    "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days", "week",
    "weeks", "минуту", "минуты", "минут", "час", "часа", "часов", "день", "дня", "дней", "heure",
    "heures", "jour", "jours", "minuto", "minutos", "hora", "horas", "día", "días", "dia", "dias",
    "minuti", "ora", "ore", "giorno", "giorni", "minuten", "stunde", "stunden", "tag", "tagen",
    "小时", "小時", "分钟", "分鐘", "天", "時間", "시간", "دقيقة", "دقائق", "ساعة", "ساعات", "يوم",
    "أيام", "นาที", "ชั่วโมง", "วัน",
  ]

  static let agoWords = [
    "ago", "назад", "il y a", "hace", "há", "fa", "vor", "前", "전", "منذ", "ที่แล้ว",
  ]

  static let dateMarkers = [
    "年", "月", "日", "时", "時", "分", "秒", "点", "號", "号", "년", "월", "일", "시", "분", "초",
    "星期", "周", "曜日",
  ]

  static let dateMatcher: PhraseMatcher<DateRole> = {
    var phrases: [(String, DateRole)] = []
    let locales = Set(LanguageNames.codes + ["ar_LB", "ar_SY", "ar_IQ", "zh_Hant", "pt_PT"])
    for locale in locales.sorted() {
      let id = locale + "@calendar=gregorian"
      let months = [
        HX_DATE_MONTHS, HX_DATE_SHORT_MONTHS, HX_DATE_STANDALONE_MONTHS, HX_DATE_STANDALONE_SHORT_MONTHS,
      ]
      phrases += dateSymbols(id, kinds: months.map { Int32($0) }).map { ($0, .month) }
      let days = [HX_DATE_WEEKDAYS, HX_DATE_SHORT_WEEKDAYS, HX_DATE_AM_PMS]
      phrases += dateSymbols(id, kinds: days.map { Int32($0) }).map { ($0, .weekday) }
    }
    // Symbols that are only a number ("5", "5月" is a number then a marker) name no month.
    phrases = phrases.filter { phrase, _ in
      phrase.contains { $0.isLetter && !dateMarkers.contains(String($0)) }
    }
    return PhraseMatcher(
      phrases + dateLabels.map { ($0, .label) } + dateConnectors.map { ($0, .connector) }
        + timeUnits.map { ($0, .connector) } + agoWords.map { ($0, .ago) }
        + dateMarkers.map { ($0, .marker) })
  }()

  /// CLDR's date symbols of some kinds (`HX_DATE_…`), in order, for an ICU locale id.
  static func dateSymbols(_ locale: String, kinds: [Int32]) -> [String] {
    var buffer = [UInt16](repeating: 0, count: 4096)
    let count = Int32(kinds.count)
    var length = hx_date_symbols(locale, kinds, count, &buffer, Int32(buffer.count))
    if length > Int32(buffer.count) {
      buffer = [UInt16](repeating: 0, count: Int(length))
      length = hx_date_symbols(locale, kinds, count, &buffer, length)
    }
    guard length > 0 else { return [] }
    return buffer.prefix(Int(length)).split(separator: 0).map { String(decoding: $0, as: UTF16.self) }
  }

  // MARK: Copyright

  /// What a copyright line starts with.
  static let copyrightMarks = ["©", "ⓒ", "(c)", "copyright", "版权所有", "版權所有", "著作権"]

  /// "All rights reserved" and its kin; compared without spaces.
  static let reservations = [
    "all rights reserved", "all right reserved", "版权所有", "版權所有", "保留所有权利",
    "保留一切权利", "未经授权禁止转载", "未經授權禁止轉載", "禁止转载", "不得转载", "無断転載",
    "無断複製", "禁無断転載", "무단 전재", "무단전재", "재배포 금지", "все права защищены",
    "перепечатка запрещена", "tous droits réservés", "alle rechte vorbehalten",
    "todos los derechos reservados", "todos os direitos reservados", "tutti i diritti riservati",
    "جميع الحقوق محفوظة", "حقوق النشر محفوظة", "สงวนลิขสิทธิ์",
  ].map { $0.lowercased().filter { !$0.isWhitespace } }

  /// `reservations` as UTF-8 bytes, for a plain byte search.
  static let reservationBytes = reservations.map { Array($0.utf8) }

  /// The signs of a copyright line (`©`, `ⓒ`, `(c)`), as UTF-8 bytes.
  static let signatureBytes = ["©", "ⓒ", "(c)"].map { Array($0.utf8) }
}
