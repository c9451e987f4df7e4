// Rule data for Greek, Finnish, Estonian, Hungarian, Turkish, Indonesian/Malay, Arabic, Hindi,
// Georgian, Tamil, Vietnamese, Armenian, Hebrew, Japanese and Korean, written for Hexapla.

extension BuiltInRuleData {
  static let greek = Entry(
    abbreviations: """
      κ.
      κα.
      κκ.
      Δρ.
      δρ.
      καθ.
      π.χ.
      π. χ.
      δηλ.
      βλ.
      λ.χ.
      κ.λπ. [may-end]
      κλπ. [may-end]
      κ.ά. [may-end]
      κ.τ.λ. [may-end]
      κτλ. [may-end]
      κ.ο.κ. [may-end]
      π.Χ. [may-end]
      μ.Χ. [may-end]
      αρ.
      άρθ.
      παρ.
      σελ.
      τόμ.
      εκ. [may-end]
      εκατ. [may-end]
      δισ. [may-end]
      χιλ. [may-end]
      τ.μ. [may-end]
      χλμ. [may-end]
      στρ. [may-end]
      Ιαν.
      Φεβ.
      Απρ.
      Αυγ.
      Σεπτ.
      Οκτ.
      Νοεμ.
      Δεκ.
      """,
    sentenceStarters: """
      Ο Η Το Οι Τα Τον Την Του Της Των Ένας Μια Μία Ένα Αυτός Αυτή Αυτό Αυτά Αυτοί Εκεί Εδώ Εμείς
      Εγώ Εσύ Εσείς Αλλά Και Ή Όμως Επίσης Έτσι Τότε Τώρα Σε Στο Στη Στην Στον Στα Στους Με Για
      Από Μετά Πριν Κατά Όταν Αν Εάν Ενώ Επειδή Αφού Όλοι Όλα Κάθε Πολλοί Δεν Τι Ποιος Πού Πώς
      Σήμερα Χθες Ωστόσο Συνεπώς
      """)

  static let finnish = Entry(
    abbreviations: """
      esim.
      ns.
      mm.
      yms. [may-end]
      jne. [may-end]
      ym. [may-end]
      tms. [may-end]
      eli.
      ts.
      n.
      noin.
      ks.
      vrt.
      mrd. [may-end]
      milj. [may-end]
      v. [may-end]
      vv. [may-end]
      eaa. [may-end]
      jaa. [may-end]
      eKr. [may-end]
      jKr. [may-end]
      klo.
      s.
      nro.
      prof.
      tri.
      """,
    sentenceStarters: """
      Se Ne Tämä Nämä Tuo Hän He Me Minä Sinä Te Hänen Heidän Mutta Ja Tai Sekä Myös Kun Jos
      Koska Vaikka Kuitenkin Sitten Nyt Siksi Lisäksi Tänään Eilen Siellä Täällä Vuonna
      """)

  static let estonian = Entry(
    abbreviations: """
      nt.
      nn.
      jne. [may-end]
      jm. [may-end]
      vm. [may-end]
      s.t.
      st.
      u.
      ca.
      nr.
      lk.
      a. [may-end]
      mln. [may-end]
      mld. [may-end]
      """,
    sentenceStarters: """
      See Need Tema Nad Meie Mina Sina Teie Aga Ja Või Ning Ka Kui Kuid Siis Nüüd Seega Täna Eile
      """)

  static let hungarian = Entry(
    abbreviations: """
      pl.
      stb. [may-end]
      ill.
      kb.
      ún.
      vö.
      ld.
      ti.
      ui.
      uo.
      i. e. [may-end]
      i. sz. [may-end]
      Kr. e. [may-end]
      Kr. u. [may-end]
      sz. [may-end]
      u.
      krt.
      dr.
      id.
      ifj.
      özv.
      ford.
      szerk.
      kiad.
      évf.
      o.
      old.
      mFt. [may-end]
      Ft. [may-end]
      """,
    sentenceStarters: """
      A Az Egy Ez Azt Ezt Ő Ők Mi Én Te Ti De És Vagy Is Ha Mert Amikor Bár Azonban Ezért Tehát
      Majd Most Akkor Ma Tegnap Itt Ott Nem Minden Sok
      """)

  static let turkish = Entry(
    abbreviations: """
      vb. [may-end]
      vs. [may-end]
      örn.
      bkz.
      yak.
      yy. [may-end]
      Dr.
      Prof.
      Doç.
      Av.
      Alb.
      Gen.
      Org.
      Sn.
      St.
      Mah.
      Cad.
      Sok.
      No.
      s.
      sy.
      """,
    sentenceStarters: """
      Bu Şu O Bir Bunlar Onlar Biz Ben Sen Siz Ama Ve Veya Ya Da Fakat Ancak Çünkü Eğer Sonra
      Şimdi Bugün Dün Orada Burada Her Tüm Hiç Ne Kim Nasıl Neden Nerede
      """,
    reportingVerbs: "dedi dediler diyor diyerek diye söyledi belirtti açıkladı")

  static let indonesian = Entry(
    abbreviations: """
      Bpk.
      Bp.
      Sdr.
      Sdri.
      Tn.
      Ny.
      Nn.
      Tb.
      Dr.
      dr.
      Prof.
      Ir.
      H.
      Hj.
      Jl.
      Jln.
      No.
      no.
      dll. [may-end]
      dsb. [may-end]
      dst. [may-end]
      dkk. [may-end]
      tsb. [may-end]
      yth.
      Yth.
      a.n.
      u.p.
      s.d.
      spt.
      sbg.
      tgl.
      thn. [may-end]
      th. [may-end]
      Rp.
      SM. [may-end]
      """,
    sentenceStarters: """
      Ini Itu Dia Ia Mereka Kami Kita Saya Aku Anda Kamu Namun Tetapi Dan Atau Juga Lalu Kemudian
      Sekarang Di Ke Dari Pada Dalam Untuk Dengan Oleh Setelah Sebelum Ketika Saat Jika Karena
      Meskipun Walaupun Selain Semua Setiap Banyak Beberapa Tidak Apa Siapa Bagaimana Mengapa
      Hari Pada Selama Sejak Menurut Sementara Hal Hingga Sebuah Seorang Para
      """)

  /// Arabic: titles never end a sentence; `ق.` ("before") only starts `ق.م`/`ق. م` ("before
  /// Christ") and `ق.هـ`; era and list endings may end one.
  static let arabic = Entry(
    abbreviations: """
      د.
      أ.
      أ.د.
      ق.
      ص.
      ق.م. [may-end]
      ق. م. [may-end]
      هـ. [may-end]
      إلخ. [may-end]
      الخ. [may-end]
      """)

  /// Hindi: titles before names (`डॉ.` Dr., `प्रो.` Prof.) never end a sentence; Hindi ends
  /// sentences with `।`.
  static let hindi = Entry(
    abbreviations: """
      डॉ.
      प्रो.
      स्व.
      श्री.
      श्रीमती.
      सं.
      ई.पू. [may-end]
      ई. पू. [may-end]
      """)

  /// Georgian: names of languages in etymologies (`ინგლ.`, `ბერძნ.`), `მაგ.` 'for example',
  /// `ქ.` 'city', the era `ძვ. წ.` 'BC'; list endings (`და ა. შ.` 'etc.', `და სხვ.`) and units after
  /// numbers may end a sentence.
  static let georgian = Entry(
    abbreviations: """
      მაგ.
      მაგალ.
      იხ.
      შდრ.
      ე.ი.
      ე. ი.
      ე.წ.
      ე. წ.
      დაახლ.
      აბრევ.
      ინგლ.
      ესპ.
      ესტ.
      ფრ.
      ფრანგ.
      გერმ.
      იტალ.
      რუს.
      ლათ.
      ბერძნ.
      ძვ.
      ძვ. ბერძნ.
      არაბ.
      სპარს.
      თურქ.
      ებრ.
      პორტ.
      ქ.
      სოფ.
      გვ.
      პროფ.
      აკად.
      ბატ.
      ქალბ.
      ძვ. წ. [may-end]
      ძვ. წ. ა. [may-end]
      ა. შ. [may-end]
      სხვ. [may-end]
      წ. [may-end]
      სს. [may-end]
      ათ. [may-end]
      მლნ. [may-end]
      მლრდ. [may-end]
      კმ. [may-end]
      """)

  /// Tamil: titles and the currency before a name or a number (`திரு.` Mr., `ரூ.` rupees); the
  /// eras `கி.மு.` (BC) and `கி.பி.` (AD) may end a sentence. Initials (`தி.மு.க.`) are found by
  /// their form.
  static let tamil = Entry(
    abbreviations: """
      திரு.
      திருமதி.
      செல்வி.
      ரூ.
      கி.மு. [may-end]
      கி.பி. [may-end]
      """)

  /// Vietnamese: administrative units before a name (`TP.` 'city', `Q.` 'district'), academic
  /// titles (`GS.` professor, `TS.` doctor, `ThS.` master).
  static let vietnamese = Entry(
    abbreviations: """
      TP.
      tp.
      Tp.
      TX.
      TT.
      Q.
      P.
      H.
      GS.
      PGS.
      TS.
      ThS.
      BS.
      KS.
      NXB.
      """)

  /// Armenian: `։` (often typed as ASCII `:`) ends a sentence, and `.` is the *mijaket*, a pause
  /// like a colon; `թ.` and `թթ.` (year, years), `դ.` and `դդ.` (century, centuries) follow numbers.
  static let armenian = Entry(
    abbreviations: """
      թ.
      թթ.
      դ.
      դդ.
      մ.թ.ա.
      մ. թ. ա.
      """,
    fullStops: ":",
    fullStopIsPause: true)

  /// Hebrew: Biblical text ends each verse with sof pasuq `׃` and has no full stops.
  static let hebrew = Entry(fullStops: "׃")

  /// Japanese: a quotation ending in `。` is part of the sentence that quotes it when the
  /// quotative particle follows (`「明日来ます。」と言った`, `…」って`).
  static let japanese = Entry(quoteContinuations: "と って")

  /// Korean: the same with the quotative endings, written with or without a space
  /// (`"내일 오겠습니다."라고 말했다`, `"…." 라는 글`).
  static let korean = Entry(
    quoteContinuations: "라고 라는 라며 라면서 라던 이라고 이라는 이라며 이라면서 하고 하며 하는 고 며")
}
