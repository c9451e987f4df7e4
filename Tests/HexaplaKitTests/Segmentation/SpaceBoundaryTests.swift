import Testing

@testable import HexaplaKit

/// Sentence ends at spaces in Thai and Lao, which end sentences with a space and also separate
/// clauses, list items, names and numbers with one. The examples were written for these tests;
/// `|` marks each expected sentence end, as in `SegmentationRulesTests`.
@Suite("Sentence ends at spaces (Thai, Lao)")
struct SpaceBoundaryTests {
  @Test(
    "a space ends a sentence of typical length before an opener, a subject or after a final particle",
    arguments: [
      // 'Yesterday it rained hard … | He had to wade home …': a subject pronoun opens the next.
      (
        "th",
        "เมื่อวานนี้ฝนตกหนักมากตั้งแต่ช่วงบ่ายจนถึงค่ำทำให้ถนนหลายสายในกรุงเทพมีน้ำท่วมขังสูง| "
          + "เขาต้องเดินลุยน้ำกลับบ้านเป็นระยะทางไกลกว่าสองกิโลเมตรและถึงบ้านตอนดึก"
      ),
      // 'However, …': a discourse adverb opens a sentence, and the short phrase after it does not end one.
      (
        "th",
        "ผู้เชี่ยวชาญด้านสิ่งแวดล้อมเตือนว่าระดับน้ำทะเลที่สูงขึ้นจะส่งผลกระทบต่อชุมชนชายฝั่งอย่างรุนแรงในอีกไม่กี่สิบปีข้างหน้า| "
          + "อย่างไรก็ตาม รัฐบาลยังไม่มีแผนรับมือที่ชัดเจนสำหรับปัญหานี้ในระยะยาว"
      ),
      // 'This year, …': a fronted phrase is no sentence of its own.
      (
        "th",
        "การประชุมใหญ่ของสมาคมผู้ปกครองและครูจะจัดขึ้นที่ห้องประชุมใหญ่ของโรงเรียนในวันเสาร์หน้าตอนเก้าโมงเช้า| "
          + "ในปีนี้ ผู้ปกครองทุกคนจะได้รับเอกสารสรุปผลการเรียนของบุตรหลานล่วงหน้าหนึ่งสัปดาห์"
      ),
      // '“…,” the village head said. | …': the attribution stays with the quotation.
      (
        "th",
        "“พวกเราทุกคนในหมู่บ้านดีใจมากที่ได้เห็นฝนตกลงมาหลังจากแห้งแล้งมานาน ต่อจากนี้ชาวนาก็จะได้เริ่มปลูกข้าวกันเสียที” "
          + "ผู้ใหญ่บ้านกล่าว| ชาวบ้านหลายคนออกมาเล่นน้ำฝนกันอย่างสนุกสนานตลอดทั้งบ่าย"
      ),
      // '… all year. | Mangoes, durians, mangosteens and rambutans are …': no cut between list items.
      (
        "th",
        "ตลาดสดแห่งนี้มีผลไม้ตามฤดูกาลวางขายมากมายหลายชนิดตลอดทั้งปี| "
          + "มะม่วง ทุเรียน มังคุด และเงาะ ล้วนเป็นที่ต้องการของลูกค้าจากต่างจังหวัด"
      ),
      // '… after extra time. | On Sunday, the organisers announced …': 'when' (`เมื่อ`) fronts
      // its clause before the main one, so a space before it ends a sentence as any does.
      (
        "th",
        "การแข่งขันฟุตบอลนัดชิงชนะเลิศระหว่างสองทีมจากภาคเหนือจบลงด้วยผลเสมอกันหนึ่งประตูต่อหนึ่งประตูหลังจากต่อเวลาพิเศษ| "
          + "เมื่อวันอาทิตย์ที่ผ่านมา ผู้จัดการแข่งขันได้ประกาศว่าจะมีการแข่งขันนัดใหม่ที่สนามกลางในเดือนหน้า"
      ),
      // '“…,” Somchai told reporters on Tuesday. | …': an attribution with an adjunct and no
      // 'that' stays with the quotation.
      (
        "th",
        "“เราจะสร้างโรงพยาบาลแห่งใหม่ให้เสร็จภายในสองปีเพื่อให้ชาวบ้านในอำเภอนี้ไม่ต้องเดินทางไกลไปรักษาตัวในเมืองอีกต่อไป” "
          + "สมชายกล่าวกับผู้สื่อข่าวเมื่อวันอังคาร| โครงการนี้ได้รับงบประมาณจากรัฐบาลกลางทั้งหมดและจะเริ่มก่อสร้างในเดือนมีนาคมปีหน้า"
      ),
      // '… began to worry. | According to the latest survey, most households …': a short fronted
      // phrase goes with the clause after it, not with the sentence before it.
      (
        "th",
        "ราคาข้าวสารในตลาดค้าส่งของกรุงเทพปรับตัวสูงขึ้นอย่างต่อเนื่องตลอดช่วงสามเดือนที่ผ่านมาจนผู้บริโภคหลายคนเริ่มกังวล| "
          + "จากการสำรวจล่าสุด ครัวเรือนส่วนใหญ่ต้องใช้จ่ายค่าอาหารเพิ่มขึ้นเกือบหนึ่งในสี่ของรายได้ทั้งหมด"
      ),
      (
        "lo",
        "ລາຄາເຂົ້າສານໃນຕະຫຼາດຂາຍຍົກຂອງນະຄອນຫຼວງວຽງຈັນສູງຂຶ້ນຢ່າງຕໍ່ເນື່ອງຕະຫຼອດໄລຍະສາມເດືອນທີ່ຜ່ານມາຈົນຜູ້ບໍລິໂພກຫຼາຍຄົນເລີ່ມກັງວົນ| "
          + "ຈາກການສຳຫຼວດລ່າສຸດ ຄອບຄົວສ່ວນໃຫຍ່ຕ້ອງໃຊ້ຈ່າຍຄ່າອາຫານເພີ່ມຂຶ້ນເກືອບໜຶ່ງສ່ວນສີ່ຂອງລາຍໄດ້ທັງໝົດ"
      ),
      // Lao: the same attribution.
      (
        "lo",
        "“ພວກເຮົາຈະສ້າງໂຮງໝໍແຫ່ງໃໝ່ໃຫ້ສຳເລັດພາຍໃນສອງປີເພື່ອໃຫ້ຊາວບ້ານໃນເມືອງນີ້ບໍ່ຕ້ອງເດີນທາງໄກໄປປິ່ນປົວຢູ່ນະຄອນຫຼວງອີກຕໍ່ໄປ” "
          + "ສົມພອນກ່າວກັບນັກຂ່າວໃນວັນອັງຄານ| ໂຄງການນີ້ໄດ້ຮັບງົບປະມານຈາກລັດຖະບານທັງໝົດແລະຈະເລີ່ມກໍ່ສ້າງໃນເດືອນມີນາປີໜ້າ"
      ),
      // Lao: 'Yesterday it rained hard … | He had to wade home …'.
      (
        "lo",
        "ມື້ວານນີ້ຝົນຕົກໜັກຫຼາຍຕັ້ງແຕ່ຕອນບ່າຍຈົນຮອດຕອນຄ່ຳເຮັດໃຫ້ຖະໜົນຫຼາຍສາຍໃນນະຄອນຫຼວງວຽງຈັນມີນ້ຳຖ້ວມ| "
          + "ລາວຕ້ອງຍ່າງລຸຍນ້ຳກັບບ້ານເປັນໄລຍະທາງໄກກວ່າສອງກິໂລແມັດແລະຮອດບ້ານຕອນເດິກ"
      ),
    ])
  func sentenceEnds(language: String, text: String) throws {
    try SegmentationRulesTests.check(language, text)
  }

  @Test(
    "a space inside a clause chain, a number, a name, a list, brackets or quotation marks ends no sentence",
    arguments: [
      // '… and the locals …': a conjunction joins the clauses.
      (
        "th",
        "ร้านอาหารเล็กๆ ริมแม่น้ำแห่งนี้เปิดขายมานานกว่าสามสิบปีแล้วและยังคงได้รับความนิยมจากนักท่องเที่ยว "
          + "และคนในพื้นที่ก็ยังแวะมากินข้าวที่นี่ทุกสัปดาห์ไม่เคยขาด"
      ),
      // '500 million baht from the ministry': a number and its unit.
      ("th", "โรงเรียนประจำตำบลของเราได้รับงบประมาณปรับปรุงอาคารเรียนทั้งหมด 500 ล้านบาท จากกระทรวงศึกษาธิการเมื่อต้นปีที่ผ่านมา"),
      // A given name and a surname.
      ("th", "คณะกรรมการได้แต่งตั้งให้ สมชาย ใจดี เป็นผู้อำนวยการคนใหม่ของสถาบันวิจัยแห่งชาติตั้งแต่วันจันทร์ที่ผ่านมา"),
      // A gloss in brackets.
      (
        "th",
        "นักวิทยาศาสตร์พบพืชชนิดใหม่ในป่าดิบชื้นทางภาคใต้ของประเทศ (ทางตอนเหนือของจังหวัดนราธิวาส) ซึ่งยังไม่เคยมีรายงานมาก่อน"
      ),
      // A quotation of two clauses.
      (
        "th",
        "ผู้ใหญ่บ้านบอกกับนักข่าวว่า “ปีนี้ฝนมาเร็วกว่าทุกปีที่ผ่านมามากและชาวนาทุกคนดีใจกันมาก "
          + "พวกเราจะเริ่มไถนาและหว่านข้าวกันตั้งแต่สัปดาห์หน้าเป็นต้นไป”"
      ),
      // '… this year because the rains have not come …': 'because' follows its main clause.
      (
        "th",
        "ชาวนาในภาคตะวันออกเฉียงเหนือหลายพันครอบครัวต้องเลื่อนการปลูกข้าวนาปีออกไปอีกอย่างน้อยหนึ่งเดือนในปีนี้ "
          + "เพราะฝนยังไม่ตกตามฤดูกาลและน้ำในอ่างเก็บน้ำขนาดใหญ่ของจังหวัดก็เหลือน้อยกว่าทุกปีที่ผ่านมามาก"
      ),
      // A title abbreviation before a name ('Dr. Somchai Jaidee').
      ("th", "คณะกรรมการได้เชิญ ดร. สมชาย ใจดี มาบรรยายเรื่องการเปลี่ยนแปลงสภาพภูมิอากาศให้นักเรียนชั้นมัธยมปลายฟังเมื่อสัปดาห์ที่แล้ว"),
      // Lao: the same 'because' and 'Dr.'.
      (
        "lo",
        "ຊາວນາໃນພາກໃຕ້ຫຼາຍພັນຄອບຄົວຕ້ອງເລື່ອນການປູກເຂົ້ານາປີອອກໄປອີກຢ່າງໜ້ອຍໜຶ່ງເດືອນໃນປີນີ້ "
          + "ເພາະຝົນຍັງບໍ່ຕົກຕາມລະດູການແລະນ້ຳໃນອ່າງເກັບນ້ຳຂະໜາດໃຫຍ່ຂອງແຂວງກໍເຫຼືອໜ້ອຍກວ່າທຸກປີທີ່ຜ່ານມາຫຼາຍ"
      ),
      ("lo", "ຄະນະກຳມະການໄດ້ເຊີນ ດຣ. ສົມພອນ ມາບັນຍາຍເລື່ອງການປ່ຽນແປງດິນຟ້າອາກາດໃຫ້ນັກຮຽນຊັ້ນມັດທະຍົມປາຍຟັງໃນອາທິດແລ້ວນີ້"),
      // Lao: '… and it is still popular …'.
      ("lo", "ຮ້ານອາຫານນ້ອຍໆ ແຄມແມ່ນ້ຳຂອງແຫ່ງນີ້ເປີດຂາຍມາດົນກວ່າສາມສິບປີແລ້ວ ແລະຍັງໄດ້ຮັບຄວາມນິຍົມຈາກນັກທ່ອງທ່ຽວຢູ່"),
    ])
  func noSentenceEnds(language: String, text: String) throws {
    try SegmentationRulesTests.check(language, text)
  }

  @Test("Khmer ends sentences with ។, not with the space between its phrases")
  func khmer() throws {
    try SegmentationRulesTests.check("km", "ថ្ងៃនេះអាកាសធាតុល្អណាស់ យើងនឹងទៅលេងសមុទ្រជាមួយក្រុមគ្រួសារ។| ស្អែកភ្លៀងនឹងធ្លាក់ខ្លាំង។")
  }

  @Test("Khmer `។` ends a sentence inside the closing quotation mark after it")
  func khmerQuotation() throws {
    // 'Sok said, “I will go home tomorrow.” | Then he set off for Kampot.'
    try SegmentationRulesTests.check("km", "លោកសុខបាននិយាយថា “ខ្ញុំនឹងទៅផ្ទះនៅថ្ងៃស្អែក។”| បន្ទាប់មក គាត់បានចេញដំណើរទៅខេត្តកំពត។")
  }
}
