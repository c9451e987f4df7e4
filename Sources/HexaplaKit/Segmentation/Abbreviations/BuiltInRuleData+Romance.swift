// Rule data for French, Spanish, Catalan, Galician, Italian, Portuguese and Romanian,
// written for Hexapla.

extension BuiltInRuleData {
  static let french = Entry(
    abbreviations: """
      # titres (M. is also an initial: "M. Dupont")
      MM.
      Mme.
      Mlle.
      Mgr.
      Me.
      Dr.
      Pr.
      St.
      Ste.
      # dans la phrase
      p. ex.
      c.-à-d.
      c. -à-d.
      cf.
      env.
      etc. [may-end]
      av.
      apr.
      av. J.-C. [may-end]
      apr. J.-C. [may-end]
      J.-C. [may-end]
      ca.
      vol. [may-end]
      éd.
      p.
      pp.
      chap.
      art. [may-end]
      al.
      n°.
      no.
      tél.
      fig.
      hab. [may-end]
      max.
      min.
      mm. [may-end]
      resp.
      suppl.
      vs.
      janv.
      févr.
      fév.
      avr.
      juil.
      sept.
      oct.
      nov.
      déc.
      lun.
      mar. [may-end]
      mer. [may-end]
      jeu. [may-end]
      ven.
      sam.
      dim.
      bd.
      boul.
      Cie. [may-end]
      S.A. [may-end]
      """,
    sentenceStarters: """
      Le La Les L' Un Une Des Ce Cet Cette Ces Il Elle Ils Elles On Nous Vous Je J' Tu Son Sa Ses
      Leur Leurs Notre Nos Mon Ma Mes Mais Et Ou Donc Or Car Puis Alors Ainsi Aussi Pourtant
      Cependant En Dans Au Aux À Avec Après Avant Pour Par Pendant Depuis Selon Sur Sous Chez
      Quand Si Lorsque Comme Bien Tout Tous Toutes Plusieurs Certains Aucun Il Y Cela Ceci Ça
      Qui Que Quel Quelle Pourquoi Comment Où Enfin Ensuite Aujourd'hui Hier Demain De Du
      """)

  static let spanish = Entry(
    abbreviations: """
      sr.
      sra.
      srta.
      sres.
      dr.
      dra.
      Lic.
      Ing.
      Arq.
      Prof.
      Profa.
      D.
      Dña.
      Da.
      Sto.
      Sta.
      Gral.
      Excmo.
      Ilmo.
      Mons.
      p. ej.
      ej.
      n. [may-end]
      f.
      aprox.
      approx.
      etc. [may-end]
      cf.
      vs.
      núm.
      nº.
      pág.
      págs.
      art.
      vol.
      cap.
      ed.
      tel.
      av.
      avda.
      a. C. [may-end]
      d. C. [may-end]
      a.C. [may-end]
      d.C. [may-end]
      S.A. [may-end]
      Cía. [may-end]
      hab. [may-end]
      ene.
      feb.
      mar. [may-end]
      abr.
      jun.
      jul.
      ago.
      sept.
      oct.
      nov.
      dic.
      EE. UU. [may-end]
      EE.UU. [may-end]
      """,
    sentenceStarters: """
      El La Los Las Lo Un Una Unos Unas Este Esta Estos Estas Ese Esa Eso Esto Él Ella Ellos Ellas
      Nosotros Yo Usted Su Sus Nuestro Nuestra Mi Mis Pero Y O Así Además También Sin Luego
      Entonces En Con Por Para Desde Durante Según Sobre Tras Cuando Si Como Aunque Porque Pues
      Hay Todo Todos Toda Todas Cada Muchos Muchas Algunos Algunas Ningún Ninguna Qué Quién Cómo
      Dónde Hoy Ayer De Del Al A Después Antes Éste Ésta Esto Allí Aquí No Se Le Les Ya
      """)

  static let catalan = Entry(
    abbreviations: """
      Sr.
      Sra.
      Dr.
      Dra.
      p. ex.
      etc. [may-end]
      aprox.
      núm.
      pàg.
      art.
      vol.
      """,
    sentenceStarters: """
      El La Els Les L' Un Una Aquest Aquesta Ell Ella Ells Nosaltres Jo Però I O També En Amb Per
      Des Quan Si Com Perquè Hi
      """)

  static let galician = Entry(
    abbreviations: """
      Sr.
      Sra.
      Dr.
      Dra.
      p. ex.
      etc. [may-end]
      aprox.
      núm.
      páx.
      art.
      vol.
      a. C. [may-end]
      d. C. [may-end]
      """,
    sentenceStarters: """
      O A Os As Un Unha Este Esta Isto Iso El Ela Eles Elas Nós Eu Pero E Ou Tamén En Con Por Para
      Desde Durante Segundo Cando Se Como Aínda Porque Hai Todo Todos Hoxe Onte De Do Da
      """)

  static let italian = Entry(
    abbreviations: """
      Sig.
      Sigg.
      Sig.ra
      Sig.na
      Dott.
      Dott.ssa
      Prof.
      Prof.ssa
      Ing.
      Avv.
      Arch.
      Rag.
      Geom.
      On.
      Mons.
      Sen.
      S.
      Ss.
      Gen.
      Col.
      Cav.
      ecc. [may-end]
      etc. [may-end]
      es.
      ad es.
      cfr.
      distr.
      ca.
      cca.
      pag.
      pagg.
      p.
      pp.
      art.
      artt.
      co.
      comma.
      cap.
      n.
      nn.
      vol.
      ed.
      tel.
      fig.
      l.
      d.lgs.
      D.Lgs.
      lett.
      v.
      vs.
      sec.
      secc.
      a.C. [may-end]
      d.C. [may-end]
      S.p.A. [may-end]
      S.r.l. [may-end]
      gen.
      feb.
      febbr.
      mar. [may-end]
      apr.
      mag.
      giu.
      lug.
      ago. [may-end]
      sett.
      ott.
      nov.
      dic.
      """,
    sentenceStarters: """
      Il Lo La I Gli Le L' Un Uno Una Un' Questo Questa Questi Queste Quel Quello Quella Egli Lui
      Lei Essi Loro Noi Io Tu Voi Suo Sua Ma E O Poi Quindi Dunque Così Anche Inoltre Però Infatti
      In Nel Nella Nei Negli Nelle Al Alla Ai Agli Alle Con Per Da Dal Dalla Dopo Prima Durante
      Secondo Su Sul Sulla Tra Fra Quando Se Come Anche Perché Mentre C' Ci Non Tutto Tutti Ogni
      Molti Alcuni Nessun Che Chi Cosa Dove Oggi Ieri Di Del Della A Ad
      """)

  static let portuguese = Entry(
    abbreviations: """
      Sr.
      Sra.
      Srs.
      Sras.
      Srta.
      Dr.
      Dra.
      Drs.
      Prof.
      Profa.
      Eng.
      Arq.
      Exmo.
      Exma.
      D.
      Sto.
      Sta.
      Gen.
      p. ex.
      ex.
      n. [may-end]
      aprox.
      etc. [may-end]
      cf.
      vs.
      nº.
      núm.
      pág.
      págs.
      p.
      art.
      arts.
      cap.
      vol.
      ed.
      tel.
      av.
      a.C. [may-end]
      d.C. [may-end]
      a. C. [may-end]
      d. C. [may-end]
      S.A. [may-end]
      Ltda. [may-end]
      Cia. [may-end]
      hab. [may-end]
      jan. [may-end]
      fev. [may-end]
      mar. [may-end]
      abr. [may-end]
      jun. [may-end]
      jul. [may-end]
      ago. [may-end]
      set. [may-end]
      out. [may-end]
      nov. [may-end]
      dez. [may-end]
      """,
    sentenceStarters: """
      O A Os As Um Uma Uns Umas Este Esta Estes Estas Esse Essa Isso Isto Ele Ela Eles Elas Nós
      Eu Você Seu Sua Seus Suas Nosso Nossa Meu Minha Mas E Ou Assim Além Também Então Porém
      Em No Na Nos Nas Com Por Para Pelo Pela Desde Durante Segundo Sobre Após Antes Quando Se
      Como Embora Porque Há Todo Todos Cada Muitos Alguns Nenhum Que Quem Onde Hoje Ontem De Do
      Da Ao À Não Já Depois Antes Toda Todas Muitas Algumas Nenhuma Aqui Ali Lá Se
      """)

  static let romanian = Entry(
    abbreviations: """
      dl.
      dna.
      dr.
      prof.
      ing.
      etc. [may-end]
      ex.
      nr.
      pag.
      art.
      vol.
      aprox.
      """,
    sentenceStarters: """
      El Ea Ei Ele Noi Eu Acest Această Aceasta Un O Dar Și Sau Apoi În La Cu Pentru După Când
      Dacă Ca Deși Pentru Toate Toți
      """)
}
