/**
 * The bibliography of the public pages: a subset of section 9 of the clinical reference
 * (shared/domain/clinical-reference.md), keeping its numbers so a reviewer can check each entry
 * against the source list. Every claim on a public page names one or more of these ids.
 */
export interface LearnReference {
  /** The entry's number in section 9 of the clinical reference. */
  number: number;
  citation: string;
  /** A publication's address, or a page of this site for the reviewer's own judgement. */
  url: string;
}

export const learnReferences = {
  alster2018: {
    number: 1,
    citation:
      'Alster TS, Graham PM. Microneedling: a review and practical guide. Dermatol Surg 2018;44(3):397–404.',
    url: 'https://www.scribd.com/document/392855998/Alster-2017-Review-microneedling',
  },
  hou2017: {
    number: 2,
    citation:
      'Hou A, Cohen B, Haimovic A, Elbuluk N. Microneedling: a comprehensive review. Dermatol Surg 2017;43(3):321–339.',
    url: 'https://www.scribd.com/document/547487044/Microneedling-a-Comprehensive-Review',
  },
  chu2021: {
    number: 3,
    citation:
      'Chu S, Foulad DP, Atanaskova Mesinkovska N. Safety profile for microneedling: a systematic review. Dermatol Surg 2021;47(9):1249–1254.',
    url: 'https://ouci.dntb.gov.ua/en/works/7X1Z3mr4',
  },
  juhasz2020: {
    number: 5,
    citation:
      'Juhasz MLW, Cohen JL. Microneedling for the treatment of scars: an update for clinicians. Clin Cosmet Investig Dermatol 2020;13:997–1003.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7764156',
  },
  harris2015: {
    number: 6,
    citation:
      'Harris AG, Naidoo C, Murrell DF. Skin needling as a treatment for acne scarring: an up-to-date review of the literature. Int J Womens Dermatol 2015;1:77–81.',
    url: 'https://d.docksci.com/skin-needling-as-a-treatment-for-acne-scarring-an-up-to-date-review-of-the-liter_59f17e95d64ab26ec9e55217.html',
  },
  cochrane2016: {
    number: 7,
    citation:
      'Abdel Hay R, Shalaby K, Zaher H, et al. Interventions for acne scars. Cochrane Database Syst Rev 2016; CD011946.',
    url: 'http://cochranelibrary-wiley.com/doi/10.1002/14651858.CD011946.pub2/full',
  },
  singh2016: {
    number: 9,
    citation:
      'Singh A, Yadav S. Microneedling: advances and widening horizons. Indian Dermatol Online J 2016;7(4):244–254.',
    url: 'http://www.idoj.in/article.asp?issn=2229-5178;year=2016;volume=7;issue=4;spage=244;epage=254;aulast=Singh;type=3',
  },
  fdaGuidance2020: {
    number: 12,
    citation:
      'US FDA. Regulatory Considerations for Microneedling Products — guidance for industry and FDA staff (final 10 Nov 2020).',
    url: 'https://digirepo.nlm.nih.gov/txt/nlm:nlmuid-9918249008306676-pdf',
  },
  cfr878: {
    number: 13,
    citation: '21 CFR §878.4430 Microneedling device for aesthetic use (Class II, special controls).',
    url: 'https://law.lawstack.com/cfr/21/878.4430/',
  },
  fdaDevices: {
    number: 14,
    citation: 'US FDA. Microneedling Devices (authorised uses in adults aged 22 and over).',
    url: 'https://www.fda.gov/medical-devices/aesthetic-cosmetic-devices/microneedling-devices',
  },
  fdaRf2025: {
    number: 16,
    citation:
      'FDA safety communication on RF microneedling (15 Oct 2025), as reported by Aesthetics Journal.',
    url: 'https://aestheticsjournal.com/news/fda-warning-on-rf-microneedling-complications/',
  },
  fdaAnaesthetics: {
    number: 17,
    citation:
      'FDA public health advisories on topical anaesthetics (2007, 2009), as reported by US Pharmacist.',
    url: 'https://uspharmacist.com/article/fda-alerts-public-about-danger-of-skin-numbing-products',
  },
  cdc2024: {
    number: 18,
    citation:
      'Stadelman-Behar AM, et al. Presumptive HIV transmission associated with platelet-rich plasma microneedling facials at a spa — New Mexico, 2018–2023. MMWR 2024;73(16):372–376.',
    url: 'http://www.cdc.gov/mmwr/volumes/73/wr/mm7316a3.htm',
  },
  trivedi2017: {
    number: 23,
    citation:
      'Trivedi MK, Kroumpouzos G, Murase JE. A review of the safety of cosmetic procedures during pregnancy and lactation. Int J Womens Dermatol 2017;3:6–10.',
    url: 'https://www.scribd.com/document/582269449/1-s2-0-S2352647517300059-main-2',
  },
  tan2021: {
    number: 24,
    citation:
      'Tan MG, Jo CE, Chapas A, Khetarpal S, Dover JS. Radiofrequency microneedling: a comprehensive and critical review. Dermatol Surg 2021;47(6):755–761.',
    url: 'http://identifiers.org/pubmed/33577211',
  },
  shauly2023: {
    number: 25,
    citation:
      'Shauly O, Marxen T, Menon A, et al. Radiofrequency microneedling: technology, devices, and indications in the modern plastic surgery practice. Aesthet Surg J Open Forum 2023; ojad100.',
    url: 'https://academic.oup.com/asjopenforum/article/doi/10.1093/asjof/ojad100/7367886',
  },
  aust2008: {
    number: 27,
    citation:
      'Aust MC, Fernandes D, Kolokythas P, Kaplan HM, Vogt PM. Percutaneous collagen induction therapy: an alternative treatment for scars, wrinkles, and skin laxity. Plast Reconstr Surg 2008;121(4):1421–1429.',
    url: 'http://journals.lww.com/plasreconsurg/Abstract/2008/04000/Percutaneous_Collagen_Induction_Therapy__An.46.aspx',
  },
  alam2014: {
    number: 30,
    citation:
      'Alam M, Han S, Pongprutthipan M, et al. Efficacy of a needling device for the treatment of acne scars: a randomized clinical trial. JAMA Dermatol 2014;150(8):844–849.',
    url: 'https://pl.scribd.com/document/244986530/Eficacy-of-a-Needling-Device-for-the-Treatment-of-Acne-Scars',
  },
  dogra2014: {
    number: 31,
    citation:
      'Dogra S, Yadav S, Sarangal R. Microneedling for acne scars in Asian skin type: an effective low cost treatment modality. J Cosmet Dermatol 2014;13(3):180–187.',
    url: 'https://read.qxmd.com/read/25196684/microneedling-for-acne-scars-in-asian-skin-type-an-effective-low-cost-treatment-modality',
  },
  fabbrocini2012: {
    number: 33,
    citation:
      'Fabbrocini G, De Vita V, Pastore F, et al. Collagen induction therapy for the treatment of upper lip wrinkles. J Dermatolog Treat 2012;23:144–152.',
    url: 'https://abcdocz.com/doc/138536/collagen-induction-therapy-for-the-treatment-of-upper-lip...',
  },
  cachafeiro2016: {
    number: 35,
    citation:
      'Cachafeiro T, Escobar G, Maldonado G, et al. Comparison of nonablative fractional erbium laser 1,340 nm and microneedling for the treatment of atrophic acne scars: a randomized clinical trial. Dermatol Surg 2016;42(2):232–241.',
    url: 'https://journals.lww.com/dermatologicsurgery/Abstract/2016/02000/Comparison_of_Nonablative_Fractional_Erbium_Laser.14.aspx',
  },
  osman2017: {
    number: 36,
    citation:
      'Osman MA, et al. Fractional erbium-doped YAG laser versus microneedling in treatment of atrophic acne scars: a randomized split-face clinical study. Dermatol Surg 2017;43 Suppl 1:S47–S56.',
    url: 'http://www.pubmed.gov/28009690/',
  },
  chae2015: {
    number: 37,
    citation:
      'Chae WS, et al. Comparative study on efficacy and safety of 1550 nm Er:Glass fractional laser and fractional radiofrequency microneedle device for facial atrophic acne scar. J Cosmet Dermatol 2015;14(2):100–106.',
    url: 'https://pubmed.ncbi.nlm.nih.gov/25810322/',
  },
  exceed2018: {
    number: 40,
    citation:
      'Automated microneedling device (Exceed) for facial rejuvenation: 48 subjects, 4 sessions 30 days apart. J Clin Aesthet Dermatol 2018 (PMC6122507).',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6122507/',
  },
  sun2024: {
    number: 42,
    citation:
      'Sun X, Jia X, Huang L. Microneedling therapy for striae distensae: systematic review and meta-analysis. Aesthetic Plast Surg 2024.',
    url: 'https://doi.org/10.1007/s00266-024-03954-x',
  },
  striae2023: {
    number: 43,
    citation:
      'Microneedling for striae alba (32 patients; PIH 21.9%, infection 3.1%). Arch Dermatol Res 2023.',
    url: 'https://link.springer.com/article/10.1007/s00403-023-02601-w',
  },
  cassiano2020: {
    number: 44,
    citation:
      'Cassiano DP, Espósito ACC, Hassun KM, et al. Efficacy and safety of microneedling and oral tranexamic acid in the treatment of facial melasma in women: an open, evaluator-blinded, randomized clinical trial. J Am Acad Dermatol 2020.',
    url: 'https://tressless.com/research/efficacy-and-safety-of-microneedling-and-oral-ta-in-facial-melasma-LGMD',
  },
  saleh2019: {
    number: 45,
    citation:
      'Saleh FY, Abdel-Azim ES, Ragaie MH, Guendy MG. Topical tranexamic acid with microneedling versus microneedling alone in treatment of melasma. J Egypt Womens Dermatol Soc 2019;16:89–96.',
    url: 'https://onehourindexing01.prideseotools.com/index.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F672922758%2F88',
  },
  txaTrial: {
    number: 46,
    citation:
      'RCT: microneedling + topical tranexamic acid vs + metformin vs modified Kligman (45 women; mMASI −45.3% in the tranexamic acid arm), as summarised by 2 Minute Medicine.',
    url: 'https://www.2minutemedicine.com/microneedling-with-tranexamic-acid-may-improve-outcomes-for-patients-with-melasma/',
  },
  luz2017: {
    number: 49,
    citation:
      'Luz FB, Siqueira SM, Pereira LA. Drug delivery of topical anesthetics as an effective technique for reducing pain in microneedling: a pilot study. Surg Cosmet Dermatol 2017.',
    url: 'http://www.surgicalcosmetic.org.br/details/600/en-US/drug-delivery-of-topical-anesthetics-as-an-effective-technique-for-reducing-pain-in-microneedling--a-pilot-study',
  },
  soltani2014: {
    number: 51,
    citation:
      'Soltani-Arabshahi R, Wong JW, Duffy KL, Powell DL. Facial allergic granulomatous reaction and systemic hypersensitivity associated with microneedle therapy for skin rejuvenation. JAMA Dermatol 2014;150(1):68–72.',
    url: 'http://archderm.jamanetwork.com/article.aspx?articleid=1783057',
  },
  friedmann2024: {
    number: 52,
    citation:
      'Friedmann DP, Mehta E, Verma KK, Harris R. Granulomatous reactions from microneedling: a systematic review of the literature. Dermatol Surg 2024.',
    url: 'https://ouci.dntb.gov.ua/works/l16LrMY9',
  },
  granulomaCase: {
    number: 53,
    citation:
      'Granulomatous dermatitis after microneedling treated with methotrexate (case report; PMC8008152).',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8008152',
  },
  zeng2025: {
    number: 55,
    citation:
      'Zeng R, Xiong J, Gao W, et al. Cutaneous nontuberculous mycobacteria infections following cosmetic procedures: a retrospective study. Infect Drug Resist 2025;18:2301–2309.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC12065458',
  },
  rfSideEffects: {
    number: 59,
    citation:
      'RF microneedling side-effect incidences compiled from 7 studies (crusting up to 46%, mesh marks 3/40, PIH up to 4%).',
    url: 'https://acne.org/treatment/microneedling-with-radiofrequency/side-effects',
  },
  pomerantz2021: {
    number: 57,
    citation:
      'Pomerantz H, Akintilo L, Shaw K, et al. Safety profile of combined same-day treatment for botulinum toxin with full face nonablative fractionated laser resurfacing. Dermatol Surg 2021;47(4):500–503.',
    url: 'https://vivo.weill.cornell.edu/display/pubid33165055',
  },
  reilly2021: {
    number: 76,
    citation:
      'Reilly DM, et al. Skin collagen through the lifestages: importance for skin health and beauty. Plast Aesthet Res 2021;8:2 (industry-affiliated).',
    url: 'https://www.oaepublish.com/articles/2347-9264.2020.153',
  },
  flament2013: {
    number: 77,
    citation:
      'Flament F, Bazin R, Laquieze S, et al. Effect of the sun on visible clinical signs of aging in Caucasian skin. Clin Cosmet Investig Dermatol 2013;6:221–232.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3790843/',
  },
  hughes2013: {
    number: 78,
    citation:
      'Hughes MCB, Williams GM, Baker P, Green AC. Sunscreen and prevention of skin aging: a randomized trial. Ann Intern Med 2013;158(11):781–790.',
    url: 'http://espace.library.uq.edu.au/view/UQ:305902',
  },
  pu2023: {
    number: 79,
    citation:
      'Pu SY, Huang YL, Pu CM, et al. Effects of oral collagen for skin anti-aging: a systematic review and meta-analysis. Nutrients 2023;15(9):2080.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC10180699',
  },
  tretinoinMa2025: {
    number: 81,
    citation:
      'Tretinoin for photodamaged facial skin: systematic review and meta-analysis of randomized controlled trials (8 RCTs, 1,361 patients). Dermatol Pract Concept (c. 2025).',
    url: 'https://www.dpcj.org/index.php/dpc/article/view/5172',
  },
  spierings2021: {
    number: 83,
    citation:
      'Spierings NMK. Evidence for the efficacy of over-the-counter vitamin A cosmetic products in the improvement of facial skin aging: a systematic review. J Clin Aesthet Dermatol 2021;14(9):33–40.',
    url: 'https://jcadonline.com/efficacy-of-over-the-counter-vitamin-a/',
  },
  dover2025: {
    number: 85,
    citation:
      'Dover A. Understanding the costs of cosmetic resurfacing: what to expect. J Dermatol Res Skin Care 2025;9(2):262 (opinion).',
    url: 'https://www.alliedacademies.org/articles/understanding-the-costs-of-cosmetic-resurfacing-what-to-expect-32265.html',
  },
  skinPenCare: {
    number: 88,
    citation: 'SkinPen pre- and post-care sheets, as reproduced by clinics.',
    url: 'https://nuanceaesthetics.com/post-care/microneedling/',
  },
  aedit: {
    number: 91,
    citation: 'aedit procedure page: microneedling (20–45 minutes; pinpoint-bleeding endpoint).',
    url: 'https://aedit.com/procedure/microneedling',
  },
  allure2017: {
    number: 92,
    citation: 'Allure (2017) on FDA and at-home microneedling.',
    url: 'https://www.allure.com/story/fda-at-home-microneedling/amp',
  },
  skinPenInfo: {
    number: 99,
    citation: 'SkinPen product information (needle count, session time, course), RealSelf.',
    url: 'https://www.realself.com/nonsurgical/skinpen',
  },
  reviewerJudgement: {
    number: 0,
    citation:
      'Corium clinical review, grade D: the reviewer’s clinical knowledge. No published source was found during the review; the clinic’s medical director checks these statements.',
    url: '/learn/evidence#grade-d',
  },
} as const satisfies Record<string, LearnReference>;

export type ReferenceId = keyof typeof learnReferences;
