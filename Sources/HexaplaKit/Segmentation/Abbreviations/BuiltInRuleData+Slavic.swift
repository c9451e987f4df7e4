// Rule data for Russian, Ukrainian, Bulgarian, Czech, Slovak, Polish and the South Slavic
// languages, written for Hexapla.

extension BuiltInRuleData {
  static let russian = Entry(
    abbreviations: """
      # в предложении
      т. е.
      т.е.
      т. к.
      т.к.
      т. н.
      т.н.
      т. ч.
      в т. ч.
      т. д. [may-end]
      т.д. [may-end]
      т. п. [may-end]
      т.п. [may-end]
      и т. д. [may-end]
      и т. п. [may-end]
      и др. [may-end]
      и пр. [may-end]
      др. [may-end]
      пр. [may-end]
      см.
      ср.
      ум.
      род.
      примеч.
      фр. [may-end]
      гр. [may-end]
      кг. [may-end]
      напр.
      прим.
      рис.
      табл.
      гл.
      ст.
      ч.
      п.
      пп.
      с.
      стр.
      им.
      акад.
      проф.
      доц.
      канд.
      ген.
      полк.
      св.
      гос.
      обл.
      р-н.
      ул.
      пр-т.
      пл.
      д.
      кв.
      корп.
      пос.
      дер.
      оз.
      о.
      тыс. [may-end]
      млн. [may-end]
      млрд. [may-end]
      руб. [may-end]
      коп. [may-end]
      долл. [may-end]
      г. [may-end]
      гг. [may-end]
      в. [may-end]
      вв. [may-end]
      н. э. [may-end]
      до н. э. [may-end]
      н.э. [may-end]
      мин. [may-end]
      сек. [may-end]
      ок.
      трлн. [may-end]
      тел.
      янв.
      февр.
      сент.
      окт.
      нояб.
      дек.
      """,
    sentenceStarters: """
      В Во На С Со К По За Из От До О Об При Для Но А И Или Да Же Так Потом Тогда Теперь Сейчас
      Это Этот Эта Эти Тот Та Те Он Она Оно Они Мы Я Ты Вы Его Её Их Наш Наша Мой Моя Как Что
      Кто Где Когда Почему Если Хотя После Перед Уже Ещё Еще Все Всё Каждый Многие Некоторые
      Не Нет Также Однако Поэтому Кроме Сегодня Вчера Там Здесь
      """)

  static let ukrainian = Entry(
    abbreviations: """
      т. зв.
      т. б.
      тобто.
      див.
      напр.
      ін. [may-end]
      і т. д. [may-end]
      т. д. [may-end]
      та ін. [may-end]
      р. [may-end]
      рр. [may-end]
      ст. [may-end]
      с.
      тис. [may-end]
      млн. [may-end]
      млрд. [may-end]
      грн. [may-end]
      вул.
      проф.
      акад.
      м.
      ім.
      мал.
      рис.
      табл.
      лат.
      грец.
      англ.
      нім.
      франц.
      польс.
      рос.
      обл.
      смт.
      пл.
      просп.
      тел.
      див.
      коп. [may-end]
      ред. [may-end]
      """,
    sentenceStarters: """
      В У На З Зі До Від За По При Для Але А І Й Або Та Так Потім Тоді Тепер Це Цей Ця Ці Той Він
      Вона Воно Вони Ми Я Ти Ви Його Її Їх Як Що Хто Де Коли Якщо Хоча Після Також Однак Тому
      """)

  static let bulgarian = Entry(
    abbreviations: """
      т.е.
      т. е.
      напр.
      вж.
      и др. [may-end]
      др. [may-end]
      г. [may-end]
      гр.
      ул.
      проф.
      д-р.
      хил. [may-end]
      млн. [may-end]
      млрд. [may-end]
      лв. [may-end]
      """,
    sentenceStarters: """
      В На С За По От До При Но А И Или Така Тогава Сега Това Този Тази Тези Той Тя То Те Ние Аз
      Ти Вие Как Какво Кой Къде Когато Ако Въпреки След Също Обаче
      """)

  static let czech = Entry(
    abbreviations: """
      např.
      tzv.
      tj.
      tzn.
      atd. [may-end]
      apod. [may-end]
      aj. [may-end]
      mj.
      resp.
      popř.
      příp.
      zejm.
      vč.
      cca.
      č.
      čís.
      str.
      s.
      odst.
      písm.
      obr.
      tab.
      kap.
      r. [may-end]
      st. [may-end]
      stol. [may-end]
      tis. [may-end]
      mil. [may-end]
      mld. [may-end]
      Kč. [may-end]
      ul.
      nám.
      p.
      pí.
      sl.
      dr.
      sv.
      Ing.
      Mgr.
      MUDr.
      JUDr.
      PhDr.
      RNDr.
      Bc.
      doc.
      prof.
      gen.
      plk.
      min.
      max.
      tel.
      př. n. l. [may-end]
      n. l. [may-end]
      """,
    sentenceStarters: """
      V Ve Na S Se K Ke Po Za Z Ze Od Do O U Při Pro Ale A I Nebo Tak Pak Potom Teď Nyní To Ten
      Ta Ty Tento Tato Toto On Ona Ono Oni My Já Ty Vy Jeho Její Jejich Jak Co Kdo Kde Když
      Pokud Přestože Také Však Proto Dnes Včera Letos Tam Zde Je Byl Byla
      """)

  static let slovak = Entry(
    abbreviations: """
      napr.
      tzv.
      t. j.
      tj.
      atď. [may-end]
      a pod. [may-end]
      resp.
      popr.
      príp.
      č.
      str.
      s.
      r. [may-end]
      st. [may-end]
      tis. [may-end]
      mil. [may-end]
      mld. [may-end]
      ul.
      Ing.
      Mgr.
      MUDr.
      JUDr.
      PhDr.
      Bc.
      doc.
      prof.
      """,
    sentenceStarters: """
      V Vo Na S So K Ku Po Za Z Zo Od Do O U Pri Pre Ale A I Alebo Tak Potom Teraz To Ten Tá Tie
      Tento Táto Toto On Ona Ono Oni My Ja Ty Vy Jeho Jej Ich Ako Čo Kto Kde Keď Ak Hoci Tiež
      Však Preto Dnes Včera Tam Je
      """)

  static let polish = Entry(
    abbreviations: """
      np.
      tzw.
      tj.
      m.in.
      m. in.
      itd. [may-end]
      itp. [may-end]
      in. [may-end]
      wg.
      ok.
      ww.
      tzn.
      ul.
      al.
      pl.
      os.
      nr.
      str.
      s.
      r. [may-end]
      w. [may-end]
      tys. [may-end]
      mln. [may-end]
      mld. [may-end]
      zł. [may-end]
      godz.
      gen.
      płk.
      prof.
      dr.
      inż.
      mgr.
      hab.
      ks.
      św.
      p.
      im.
      woj.
      pow.
      gm.
      ds.
      jw.
      cd.
      por.
      zob.
      pt.
      p.n.e. [may-end]
      n.e. [may-end]
      """,
    sentenceStarters: """
      W We Na Z Ze Do Od Po Za O Przy Dla Ale A I Lub Albo Więc Potem Teraz To Ten Ta Te Ci Ten
      Ta Tym On Ona Ono Oni One My Ja Ty Wy Jego Jej Ich Jak Co Kto Gdzie Kiedy Jeśli Jeżeli
      Chociaż Choć Także Również Jednak Dlatego Dziś Dzisiaj Wczoraj Tam Tu Jest Był Była Nie
      """)

  static let southSlavic = Entry(
    abbreviations: """
      npr.
      tj.
      tzv.
      itd. [may-end]
      i dr. [may-end]
      dr.
      prof.
      god. [may-end]
      g. [may-end]
      st. [may-end]
      br.
      str.
      tis. [may-end]
      mil. [may-end]
      mlrd. [may-end]
      ul.
      sv.
      """,
    sentenceStarters: """
      U Na S Sa Za Po Od Do O Pri Ali A I Ili Pa Zatim Sada To Taj Ta Te Ovaj Ova Ovo On Ona Ono
      Oni Mi Ja Ti Vi Njegov Kako Što Šta Tko Ko Gdje Gde Kada Ako Iako Također Takođe Međutim
      """)
}
