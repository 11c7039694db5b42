/**
 * Citations for the default rule set, as listed in shared/domain/clinical-reference.md §9.
 * Kept in one place so every rule cites a source the same way. Clinic and manufacturer
 * material is grade C; entries marked "clinical judgement" are grade D and UNCONFIRMED.
 */
export const refs = {
  chu2021:
    'Chu S, Foulad DP, Atanaskova Mesinkovska N. Safety profile for microneedling: a systematic review. Dermatol Surg 2021;47(9):1249–1254.',
  skinPenContraindications:
    'SkinPen contraindication list, as reproduced in clinic material (manufacturer labelling).',
  skinPenCareSheets:
    'SkinPen pre- and post-care sheets, as reproduced by clinics (manufacturer protocol material).',
  clinicLists:
    'Clinic microneedling contraindication lists (balancedayspa.com, esthetikmtl.com, purelyboutique.com), used only to confirm common practice.',
  king2017:
    'King M. Prophylaxis and treatment of herpetic infections. J Clin Aesthet Dermatol 2017;10(1):E5–E7.',
  cmac2021:
    'Vaghela D, Davies E, Murray G, Convery C, Walker L. Guideline for the management of herpes simplex 1 and cosmetic interventions (CMAC). J Clin Aesthet Dermatol 2021;14(6 Suppl 1):S11–S14.',
  gilbert2000:
    'Gilbert S, McBurney E. Use of valacyclovir for HSV-1 prophylaxis after facial resurfacing: a randomized clinical trial of dosing regimens. Dermatol Surg 2000;26(1):50–54.',
  cassiano2020:
    'Cassiano DP, Espósito ACC, Hassun KM, et al. Efficacy and safety of microneedling and oral tranexamic acid in the treatment of facial melasma in women: an open, evaluator-blinded, randomized clinical trial. J Am Acad Dermatol 2020.',
  tan2021:
    'Tan MG, Jo CE, Chapas A, Khetarpal S, Dover JS. Radiofrequency microneedling: a comprehensive and critical review. Dermatol Surg 2021;47(6):755–761.',
  juhasz2020:
    'Juhasz MLW, Cohen JL. Microneedling for the treatment of scars: an update for clinicians. Clin Cosmet Investig Dermatol 2020;13:997–1003.',
  keloidQa: 'Keloid scars and microneedling, dermatologist Q&A (skintour.com; opinion only).',
  spring2017:
    'Spring LK, Krakowski AC, Alam M, et al. Isotretinoin and timing of procedural interventions: a systematic review with consensus recommendations. JAMA Dermatol 2017;153(8):802–809.',
  mysore2017:
    'Mysore V, Mahadevappa OH, Barua S, et al. Standard guidelines of care: performing procedures in patients on or recently administered with isotretinoin. J Cutan Aesthet Surg 2017.',
  aad2024: 'Flanagan SA. Cosmetic procedures: what comes first? AAD 2024 Annual Meeting news.',
  pomerantz2021:
    'Pomerantz H, Akintilo L, Shaw K, et al. Safety profile of combined same-day treatment for botulinum toxin with full face nonablative fractionated laser resurfacing. Dermatol Surg 2021;47(4):500–503.',
  prager2013:
    'Prager W, et al. Onset, longevity, and patient satisfaction with incobotulinumtoxinA for glabellar frown lines. Clin Interv Aging 2013;8:449–456.',
  trivedi2017:
    'Trivedi MK, Kroumpouzos G, Murase JE. A review of the safety of cosmetic procedures during pregnancy and lactation. Int J Womens Dermatol 2017;3:6–10.',
  friedmann2024:
    'Friedmann DP, Mehta E, Verma KK, Harris R. Granulomatous reactions from microneedling: a systematic review of the literature. Dermatol Surg 2024. doi:10.1097/DSS.0000000000004450.',
  soltaniArabshahi2014:
    'Soltani-Arabshahi R, Wong JW, Duffy KL, Powell DL. Facial allergic granulomatous reaction and systemic hypersensitivity associated with microneedle therapy for skin rejuvenation. JAMA Dermatol 2014;150(1):68–72.',
  granulomaCase:
    'Granulomatous dermatitis after microneedling treated with methotrexate (case report). PMC8008152.',
  cohenElbuluk2016:
    'Cohen BE, Elbuluk N. Microneedling in skin of color: a review of uses and efficacy. J Am Acad Dermatol 2016;74(2):348–355.',
  cachafeiro2016:
    'Cachafeiro T, Escobar G, Maldonado G, Cestari T, Corleta O. Comparison of nonablative fractional erbium laser 1,340 nm and microneedling for the treatment of atrophic acne scars: a randomized clinical trial. Dermatol Surg 2016;42(2):232–241.',
  dogra2014:
    'Dogra S, Yadav S, Sarangal R. Microneedling for acne scars in Asian skin type: an effective low cost treatment modality. J Cosmet Dermatol 2014;13(3):180–187.',
  fdaDevices:
    'US FDA. Microneedling Devices (authorised uses in adults aged 22 and over). https://www.fda.gov/medical-devices/aesthetic-cosmetic-devices/microneedling-devices',
  hou2017:
    'Hou A, Cohen B, Haimovic A, Elbuluk N. Microneedling: a comprehensive review. Dermatol Surg 2017;43(3):321–339.',
  harris2015:
    'Harris AG, Naidoo C, Murrell DF. Skin needling as a treatment for acne scarring: an up-to-date review of the literature. Int J Womens Dermatol 2015;1:77–81.',
  shauly2023:
    'Shauly O, Marxen T, Menon A, Gould DJ, Miller LB, Losken A. Radiofrequency microneedling: technology, devices, and indications in the modern plastic surgery practice. Aesthet Surg J Open Forum 2023; ojad100.',
  clinicalJudgement:
    'Corium clinical reference (shared/domain/clinical-reference.md) §3: clinical judgement, grade D, not confirmed in a published source.',
} as const;
