// Rule data for English, German, Dutch and the Nordic languages, written for Hexapla.

extension BuiltInRuleData {
  static let english = Entry(
    abbreviations: """
      # titles and forms of address: always followed by a name
      Mr.
      Mrs.
      Ms.
      Messrs.
      Dr.
      Drs.
      Prof.
      Rev.
      Fr.
      Sr. [may-end]
      Jr. [may-end]
      St.
      Hon.
      Gov.
      Sen.
      Rep.
      Pres.
      Gen.
      Col.
      Lt.
      Maj.
      Capt.
      Cpt.
      Cmdr.
      Adm.
      Sgt.
      Cpl.
      Pvt.
      Supt.
      Insp.
      Det.
      Amb.
      Atty.
      Mx.
      # Latin and scholarly: within a sentence
      P.S.
      PS.
      e.g.
      i.e.
      approx.
      ca.
      cca.
      incl.
      esp.
      resp.
      viz.
      fig.
      figs.
      eq.
      eqs.
      vol.
      vols.
      ed. [may-end]
      eds. [may-end]
      pp.
      p.
      ch. [may-end]
      sec. [may-end]
      para.
      no. [may-end]
      nos. [may-end]
      No. [may-end]
      Nos. [may-end]
      op.
      ref. [may-end]
      refs. [may-end]
      cit. [may-end]
      tel.
      Tel.
      ext. [may-end]
      est. [may-end]
      max. [may-end]
      min. [may-end]
      dept. [may-end]
      Dept. [may-end]
      Univ.
      Assn.
      Ave. [may-end]
      Blvd. [may-end]
      Rd. [may-end]
      Mt.
      Ft.
      # months and days, as in dates ("Jan. 5")
      Jan. [may-end]
      Feb. [may-end]
      Mar. [may-end]
      Apr. [may-end]
      Jun. [may-end]
      Jul. [may-end]
      Aug. [may-end]
      Sep. [may-end]
      Sept. [may-end]
      Oct. [may-end]
      Nov. [may-end]
      Dec. [may-end]
      Mon. [may-end]
      Tue. [may-end]
      Tues. [may-end]
      Wed. [may-end]
      Thu. [may-end]
      Thurs. [may-end]
      Fri. [may-end]
      Sat. [may-end]
      Sun. [may-end]
      # may end a sentence: companies, places, times, lists
      LLC. [may-end]
      U.S. [may-end]
      U.K. [may-end]
      U.N. [may-end]
      U.S.A. [may-end]
      E.U. [may-end]
      D.C. [may-end]
      a.m. [may-end]
      p.m. [may-end]
      A.M. [may-end]
      P.M. [may-end]
      B.C. [may-end]
      A.D. [may-end]
      Ph.D. [may-end]
      M.D. [may-end]
      B.A. [may-end]
      M.A. [may-end]
      yrs. [may-end]
      hrs. [may-end]
      mins. [may-end]
      lbs. [may-end]
      oz. [may-end]
      ft. [may-end]
      sq. [may-end]
      mi. [may-end]
      km. [may-end]
      al. [may-end]
      """,
    sentenceStarters: """
      The A An This That These Those There Here It Its He She They We I You His Her Their Our My Your
      But And Or So Yet Then Now Also However Still Thus Meanwhile Instead Later Finally
      In On At For From With By To As Of After Before When While If Although Though Because Since
      Once Unless Until Some Many Most All Both Each Every No Not None One Two Three Other Such
      What Who Why How Where Which Please Thanks Thank Yes Today Yesterday Tomorrow
      """)

  static let german = Entry(
    abbreviations: """
      # Anreden und Titel
      Hr.
      Hrn.
      Hl.
      Fr.
      Frl.
      Dr.
      Prof.
      Dipl.
      Ing.
      Mag.
      Hg.
      Hrsg.
      St.
      Sr.
      # im Satz
      z. B.
      z. T.
      z. Z.
      z. Zt.
      u. a. [may-end]
      u. ä. [may-end]
      u. Ä. [may-end]
      u. U.
      o. ä. [may-end]
      o. Ä. [may-end]
      d. h.
      d. i.
      i. d. R.
      i. A.
      i. V.
      s. o.
      s. u.
      v. a.
      u. v. m. [may-end]
      usw. [may-end]
      bzw.
      bspw.
      ca.
      vgl.
      sog.
      ggf.
      evtl.
      inkl.
      exkl.
      insb.
      einschl.
      zzgl.
      abzgl.
      gem.
      lt.
      nr.
      Nr.
      Bd.
      Bde.
      Abs.
      Art. [may-end]
      Abb.
      Tab.
      Kap.
      S.
      Sp.
      Anm.
      Jh. [may-end]
      Jhd. [may-end]
      Jahrh. [may-end]
      v. Chr. [may-end]
      n. Chr. [may-end]
      geb.
      gest.
      verh.
      Tel.
      Str. [may-end]
      Pl.
      Mio. [may-end]
      Mrd. [may-end]
      Tsd. [may-end]
      Std. [may-end]
      Min. [may-end]
      Sek. [may-end]
      min. [may-end]
      max.
      bes.
      allg.
      urspr.
      eigtl.
      ehem.
      jew.
      mind.
      Ges.
      Fa.
      e. V. [may-end]
      e.V. [may-end]
      Jan.
      Feb.
      Febr.
      Mär.
      Apr.
      Jun.
      Jul.
      Aug.
      Sep.
      Sept.
      Okt.
      Nov.
      Dez.
      Mo.
      Di.
      Mi.
      Do.
      Fr.
      Sa.
      So.
      """,
    sentenceStarters: """
      Der Die Das Den Dem Des Ein Eine Einen Einem Einer Dieser Diese Dieses Es Er Sie Wir Ich Ihr
      Man Sein Seine Ihre Unser Unsere Mein Meine Dort Hier Da Dann Doch Aber Und Oder Auch Auf
      Im In Am An Mit Nach Vor Bei Für Von Zu Zum Zur Als Wenn Während Weil Obwohl Damit Denn So
      Nun Jetzt Heute Gestern Morgen Seit Bis Um Trotz Wegen Danach Dabei Dazu Daher Deshalb
      Außerdem Zudem Jedoch Allerdings Wie Was Wer Wo Warum Alle Viele Einige Kein Keine Nicht
      """)

  static let dutch = Entry(
    abbreviations: """
      dhr.
      mevr.
      mw.
      dr.
      drs.
      ir.
      prof.
      mr.
      ing.
      bijv.
      bv.
      d.w.z.
      m.a.w.
      o.a. [may-end]
      e.a. [may-end]
      enz. [may-end]
      ca.
      resp.
      vgl.
      zgn.
      nl.
      incl.
      nr.
      blz.
      jl. [may-end]
      a.s. [may-end]
      """,
    sentenceStarters: """
      De Het Een Dit Dat Deze Die Er Hij Zij Ze Wij We Ik Jij Je U Hun Zijn Haar Ons Onze Mijn
      Maar En Of Ook Dan Toen Nu In Op Aan Met Na Voor Bij Van Als Omdat Hoewel Daarom Dus
      """)

  static let danishNorwegian = Entry(
    abbreviations: """
      hr.
      fru.
      dr.
      prof.
      bl.a.
      bl. a.
      f.eks.
      f. eks.
      fx.
      dvs.
      mht.
      pga.
      ca.
      evt.
      inkl.
      iflg.
      ifølge.
      jf.
      jvf.
      nr.
      osv. [may-end]
      mv. [may-end]
      m.m. [may-end]
      m.fl. [may-end]
      o.l. [may-end]
      kl.
      kr. [may-end]
      mio. [may-end]
      mia. [may-end]
      """,
    sentenceStarters: """
      Den Det De Der Dette Disse En Et Han Hun Vi Jeg Du Dere Deres Hans Hennes Hendes Min Mit
      Men Og Eller Også Så Nå Nu Da I På Til Med Efter Etter Før Før Ved For Fra Som Når Hvis
      """)

  static let swedish = Entry(
    abbreviations: """
      bl.a.
      bl. a.
      t.ex.
      t. ex.
      d.v.s.
      dvs.
      m.m. [may-end]
      m.fl. [may-end]
      o.s.v. [may-end]
      osv. [may-end]
      resp.
      ca.
      kl.
      nr.
      s.k.
      f.d.
      p.g.a.
      pga.
      jfr.
      dr.
      prof.
      kr. [may-end]
      milj. [may-end]
      """,
    sentenceStarters: """
      Den Det De Där Detta Dessa En Ett Han Hon Vi Jag Du Ni Hans Hennes Deras Min Mitt
      Men Och Eller Också Så Nu Då I På Till Med Efter Före Vid För Från Som När Om
      """)

  static let icelandic = Entry(
    abbreviations: """
      hr.
      dr.
      t.d.
      t. d.
      o.fl. [may-end]
      o.s.frv. [may-end]
      þ.e.
      þ. e.
      m.a.
      m. a.
      u.þ.b.
      ca.
      nr.
      kl.
      skv.
      """,
    sentenceStarters: """
      Það Hann Hún Þeir Þær Þau Við Ég Þú En Og Eða Í Á Með Eftir Fyrir Frá Þegar Ef Sem
      """)
}
