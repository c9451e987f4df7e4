// Rule data for Thai and Lao, the languages that end sentences with a space, written for Hexapla
// from the grammar of each language: its conjunctions, relative and complement markers,
// prepositions and auxiliaries (which need what follows them), its sentence-final particles,
// subject pronouns and discourse adverbs (which open a sentence), and its classifiers, units and
// month names (which follow a number). Words are matched as prefixes (after a space) or
// suffixes (before one), since these scripts do not separate words.

extension BuiltInRuleData {
  /// Thai. A space may end a sentence, unless the next word joins the clause to the last one:
  /// conjunctions, relative and complement markers, prepositions, auxiliaries, adverbs that
  /// follow a subject (`ก็` 'then', `จึง` 'therefore', `จะ` future) and the copula do not start
  /// a sentence, nor do the era abbreviations `ค. ศ.` (AD) and `พ.ศ.` (Buddhist Era) after a
  /// year word or a date. `continuationWords`, `linkingEndings` and `reportingVerbs` serve both
  /// ways of cutting at spaces (see `SegmentationRules.cutsAtEveryLikelySpace`); the words in
  /// `spaceSentences` serve the scored one, which takes a weak continuation (`แต่` 'but') as one
  /// that may start a sentence even where `continuationWords` lists it.
  static let thai = Entry(
    // Titles and ranks before a name ('Dr.', 'Prof.', 'Assoc. Prof.', 'Asst. Prof.', 'physician',
    // 'General', 'Colonel', 'Miss', the royal ranks) and the words before a place name ('province',
    // 'district', 'subdistrict', 'road', 'lane'): never the end of a sentence.
    abbreviations: """
      ดร.
      ศ.
      รศ.
      ผศ.
      นพ.
      พญ.
      ทพ.
      พล.อ.
      พล.ท.
      พล.ต.
      พล.ร.อ.
      พล.อ.อ.
      พล.ต.อ.
      พ.ต.อ.
      พ.ต.ท.
      พ.อ.
      พ.ท.
      พ.ต.
      ร.อ.
      ร.ท.
      ร.ต.
      น.ส.
      ม.ร.ว.
      ม.ล.
      ม.จ.
      จ.
      อ.
      ต.
      ถ.
      ซ.
      """,
    continuationWords: """
      และ แต่ ซึ่ง โดย หรือ เพื่อ ที่ ของ จาก รวมถึง รวมทั้ง เพราะ ได้ เป็น คือ กล่าว ว่า ก็ จึง จะ
      ทำให้ จน ตาม ผ่าน ใต้ ก่อน ณ ค. พ.ศ.
      """,
    linkingEndings: "ว่า",
    reportingVerbs: "กล่าว ระบุ เผย อธิบาย เขียน",
    spaceSentences: SpaceSentenceWords(
      // More prepositions ('with', 'to', 'until', 'throughout', 'along with'), 'such as', 'namely',
      // 'still', 'too', the repetition mark, and the subordinators of clauses that follow their
      // main clause ('because', 'while', 'before').
      continuations: "กับ แก่ แด่ ต่อ ถึง อีกด้วย ด้วยกัน เช่น ได้แก่ อาทิ ตลอด ยัง ๆ พร้อม เพราะ ขณะที่ ในขณะที่ ก่อนที่",
      // Conjunctions, prepositions, relative and complement markers, the copula and auxiliaries.
      linkingEndings: "คือ ของ และ หรือ ที่ ซึ่ง กับ แก่ ใน จาก โดย เพื่อ เช่น ได้แก่ อาทิ ต่อ ถึง ตาม แต่ เป็น จะ ก็ ยัง",
      reportingVerbs: "บอก ถาม ตอบ แถลง ทวีต โพสต์ รายงาน เสริม",
      // 'but', 'from', 'before', 'after', 'as for', 'then', 'with', and the passive, modal and aspect
      // auxiliaries, which follow a subject ('is …-ed', 'may', 'must', 'should', '-ing', 'used to',
      // 'all', 'often'). Not the subordinators of clauses that come before their main clause in
      // Thai ('when', 'if'): a space before one ends a sentence as often as any.
      weakContinuations: """
        แต่ จาก ก่อน หลังจาก ส่วน แล้ว ด้วย ถูก อาจ ต้อง ควร กำลัง เคย ล้วน มัก
        """,
      // 'however', 'moreover', 'therefore', 'later', 'meanwhile', the personal pronouns, 'this',
      // 'in', 'as for', 'since'.
      openers: """
        อย่างไรก็ตาม อย่างไรก็ดี นอกจากนี้ นอกจากนั้น ทั้งนี้ ดังนั้น ต่อมา ในขณะเดียวกัน ขณะเดียวกัน ทว่า อนึ่ง
        เขา เธอ มัน พวกเขา พวกเรา เรา ฉัน ผม ดิฉัน คุณ ท่าน นี่ นั่น ใน สำหรับ ตั้งแต่
        """,
      // Prepositions, subordinators and adverbs of time or manner that front a phrase before
      // the main clause ('in …, …', 'when …, …', 'if …, …', 'ultimately, …').
      frontedOpeners: """
        ใน เมื่อ สำหรับ ท้ายที่สุด ขณะ ตั้งแต่ หลังจาก ภายหลัง ก่อนหน้า ด้วย จาก ตาม หาก ถ้า แม้ อย่างไรก็ตาม
        นอกจากนี้ นอกจากนั้น ทั้งนี้ ดังนั้น ต่อมา โดยปกติ ระหว่าง เนื่องจาก เพราะ ถึงแม้ ไม่ว่า
        """,
      // Polite, emphatic and question particles, 'at all', 'too', and the verbs of completion that
      // close a verb phrase ('already', 'away', 'manage to').
      finalParticles: "ครับ ค่ะ คะ นะ จ้ะ จ้า น่ะ เลย ด้วย หรอก สิ ล่ะ เถอะ ไหม มั้ย หรือเปล่า แล้ว ไป ได้",
      // Units, currencies, classifiers and month names.
      unitWords: """
        ปี เดือน วัน สัปดาห์ ชั่วโมง นาที วินาที คน ตัว ล้าน พัน หมื่น แสน ร้อย บาท ดอลลาร์ ปอนด์ ยูโร เยน
        เปอร์เซ็นต์ กิโล เมตร ตาราง กรัม ตัน ลิตร ครั้ง แห่ง ประเทศ นาย ราย ชิ้น เล่ม ลำ คัน หลัง ฉบับ อันดับ
        ขวบ องศา เท่า ส่วน ศตวรรษ ทศวรรษ มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม
        สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค.
        พ.ย. ธ.ค.
        """,
      // Nouns that start an apposition after a name ('the one who', 'chairman', 'wife').
      appositionWords: "ผู้ ประธาน นัก เจ้าหน้าที่ โฆษก ภรรยา สามี ลูก บุตร อดีต ซีอีโอ ศาสตราจารย์ รัฐมนตรี",
      listConjunctions: "และ หรือ",
      // 'to', 'in', 'on' (a date), 'by way of'.
      attributionAdjuncts: "กับ ใน เมื่อ ทาง"))

  /// Lao: as Thai ('Dr.', 'PhD' before a name).
  static let lao = Entry(
    abbreviations: """
      ດຣ.
      ປອ.
      """,
    continuationWords: """
      ແລະ ແຕ່ ຊຶ່ງ ເຊິ່ງ ໂດຍ ຫຼື ເພື່ອ ທີ່ ຂອງ ຈາກ ລວມທັງ ເພາະ ໄດ້ ເປັນ ຄື ກ່າວ ວ່າ ກໍ ຈຶ່ງ ຈະ
      ເຮັດໃຫ້ ຈົນ ຕາມ ຜ່ານ ໃຕ້ ກ່ອນ
      """,
    linkingEndings: "ວ່າ",
    reportingVerbs: "ກ່າວ",
    spaceSentences: SpaceSentenceWords(
      continuations: "ຫລື ຈິ່ງ ກັບ ແກ່ ຕໍ່ ເຖິງ ນຳກັນ ເຊັ່ນ ໄດ້ແກ່ ຍັງ ໆ ພ້ອມ ເພາະ ຂະນະທີ່ ກ່ອນທີ່",
      linkingEndings: "ຄື ຂອງ ແລະ ຫຼື ຫລື ທີ່ ຊຶ່ງ ເຊິ່ງ ກັບ ແກ່ ໃນ ຈາກ ໂດຍ ເພື່ອ ເຊັ່ນ ຕໍ່ ເຖິງ ຕາມ ແຕ່ ເປັນ ຈະ ກໍ ຍັງ",
      reportingVerbs: "ເວົ້າ ບອກ ຂຽນ ຖາມ ຕອບ ລາຍງານ ເປີດເຜີຍ",
      weakContinuations: "ແຕ່ ຈາກ ກ່ອນ ຫຼັງຈາກ ສ່ວນ ແລ້ວ ດ້ວຍ ຖືກ ອາດ ຕ້ອງ ຄວນ ກຳລັງ ເຄີຍ ມັກ",
      openers: """
        ເຖິງຢ່າງໃດກໍຕາມ ນອກຈາກນີ້ ນອກຈາກນັ້ນ ດັ່ງນັ້ນ ຕໍ່ມາ ໃນຂະນະດຽວກັນ ລາວ ເຂົາ ມັນ ພວກເຂົາ ພວກເຮົາ ເຮົາ
        ຂ້ອຍ ຂ້າພະເຈົ້າ ເຈົ້າ ທ່ານ ນີ້ ໃນ ສຳລັບ ນັບຕັ້ງແຕ່
        """,
      frontedOpeners: """
        ໃນ ເມື່ອ ສຳລັບ ຂະນະ ນັບຕັ້ງແຕ່ ຫຼັງຈາກ ກ່ອນໜ້າ ດ້ວຍ ຈາກ ຕາມ ຫາກ ຖ້າ ແມ່ນວ່າ ເຖິງວ່າ ເຖິງແມ່ນ
        ເຖິງຢ່າງໃດກໍຕາມ ນອກຈາກນີ້ ດັ່ງນັ້ນ ຕໍ່ມາ ລະຫວ່າງ ເນື່ອງຈາກ ເພາະ
        """,
      finalParticles: "ເດີ ແດ່ ເນາະ ບໍ ນໍ ແຫຼະ ເລີຍ ດ້ວຍ ແລ້ວ ໄປ ໄດ້",
      unitWords: """
        ປີ ເດືອນ ວັນ ອາທິດ ຊົ່ວໂມງ ນາທີ ວິນາທີ ຄົນ ໂຕ ຕົວ ລ້ານ ພັນ ໝື່ນ ແສນ ຮ້ອຍ ກີບ ບາດ ໂດລາ ເອີໂຣ ເປີເຊັນ
        ກິໂລ ແມັດ ກຣາມ ໂຕນ ລິດ ຄັ້ງ ແຫ່ງ ປະເທດ ທ້າວ ນາງ ສະຕະວັດ ມັງກອນ ກຸມພາ ມີນາ ເມສາ ພຶດສະພາ ມິຖຸນາ
        ກໍລະກົດ ສິງຫາ ກັນຍາ ຕຸລາ ພະຈິກ ທັນວາ
        """,
      appositionWords: "ຜູ້ ປະທານ ນັກ ເຈົ້າໜ້າທີ່ ໂຄສົກ ພັນລະຍາ ສາມີ ລູກ ອະດີດ ລັດຖະມົນຕີ",
      listConjunctions: "ແລະ ຫຼື ຫລື",
      attributionAdjuncts: "ກັບ ໃນ ເມື່ອ ທາງ"))
}
