import type { SourceInput } from "../../src/model/source.js";

/** A small synthetic review full of names written every way agencies write them (no real person). */
export const namedSources: SourceInput[] = [
  {
    file: "police.csv",
    agency: "Police",
    content: [
      "Date,Time,Persons involved,Details,Action",
      '16/07/2018,23:40,"Sarah JONES (mother, DOB 12/04/1990, NHS 943 476 5919); Daniel O\'BRIEN (partner, DOB 22/11/1987); Liam Jones (child, DOB 03/02/2017)","999 call from Flat 3, 27 Tanner Street, AB12 3CD. SJ had cut above eye, said Mr O\'Brien punched her. Liam\'s cot in the room, Liam seen. Sarah\'s phone 07700 900123.","O\'BRIEN arrested. DASH high. PPN to MASH."',
      '17/11/2018,21:05,"Sarah Jones (mother); Dan O\'Brien (ex-partner)","Neighbour reports screaming. Mrs Jones says Dan turned up drunk. E-mail sarah.jones@example.org given.","Repeat MARAC referral."',
      '02/03/2019,,"Tomasz Wiśniewski (lodger)","Vehicle stop. Tomasz WISNIEWSKI gave address as 14 Acacia Avenue.","Warning."',
    ].join("\n"),
  },
  {
    file: "gp.csv",
    agency: "GP",
    content: [
      "Date,Patient,Details,Action",
      '28/03/2017,"Sarah Jones (mother, DOB 12/04/1990); Dr Aisha Patel (GP)","PN check by Dr Patel. Tearful. Aisha Patel to review; Sarah agrees. Born 12/04/1990 per records.","Review 2/52."',
      '20/09/2019,"Mia Krężołek-Jones (child, DOB 14/08/2019); Sarah Jones (mother)","6 week check. Mia KRĘŻOŁEK-JONES well. Krezolek family name on file, NHS no 9434765919.","Normal check."',
    ].join("\n"),
  },
  {
    file: "csc.json",
    agency: "Children's Social Care",
    content: JSON.stringify([
      {
        Date: "18/07/2018",
        "People involved":
          "Liam Jones (child); Sarah Jones (mother); Ngozi Adeyemi (social worker); Carol Jones (maternal grandmother)",
        Details:
          "MASH referral. Ngozi Adeyemi allocated; Ms Adeyemi visited. Carol (MGM) present with Liam. Mother's partner Daniel O'Brien not seen.",
        Action: "Strategy discussion.",
      },
      {
        Date: "05/10/2019",
        "People involved": "Mia Krezolek-Jones (child); Ed Hughes (health visitor); Sarah Jones (mother)",
        Details:
          "Joint visit with Ed Hughes. Mia seen. Mrs Krężołek-Jones not at home; Hughes spoke to Carol Jones by phone.",
        Action: "Continue CIN.",
      },
    ]),
  },
];

/** Every name as the returns write it (people cells and narrative), for the leak tests. */
export const writtenNames = [
  "Sarah Jones",
  "Daniel O'Brien",
  "Dan O'Brien",
  "Liam Jones",
  "Tomasz Wiśniewski",
  "Aisha Patel",
  "Mia Krężołek-Jones",
  "Mia Krezolek-Jones",
  "Ngozi Adeyemi",
  "Carol Jones",
  "Ed Hughes",
];

/** Identifying details the returns hold that no redacted output may keep. */
export const writtenIdentifiers = [
  "12/04/1990",
  "22/11/1987",
  "03/02/2017",
  "14/08/2019",
  "1990-04-12",
  "1987-11-22",
  "943 476 5919",
  "9434765919",
  "Tanner Street",
  "AB12 3CD",
  "Acacia Avenue",
  "07700 900123",
  "example.org",
];
